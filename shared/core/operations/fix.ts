import type { CellValue } from '../cell';
import { standardToCell } from '../normalize/standardToCell';
import { tableColumn } from '../table/tableColumn';
import { writeColumnSpans } from './writeColumnSpans';
import type { WorkbookPort } from '../port/workbookPort';
import { recordedChange, type ChangeContext } from '../safety/recordedChange';
import type { Snapshot } from '../safety/snapshots';
import type { CheckReport } from './check';

/** One cell "fix" rewrites, as cli.md's `fix --format json` lists it. */
export interface FixChange {
  readonly row: number;
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** Exactly the suggestions of the check: every warning with a suggestion. */
export function planFix(report: CheckReport): FixChange[] {
  return report.findings
    .filter((f) => f.severity === 'warning' && f.suggestion !== null)
    .map((f) => ({ row: f.row, field: f.field, from: f.value, to: f.suggestion! }));
}

/**
 * Writes the given changes (all of `planFix`, or a user's selection of
 * them). One write per changed column, spanning only the rows that change,
 * so round trips never grow with rows; every other cell in the span is
 * written back as it was read.
 */
export async function applyFix(port: WorkbookPort, report: CheckReport, changes: readonly FixChange[]): Promise<FixChange[]> {
  const { table } = report;
  // Rows found by number through their index, and results read from the check's standardized columns: asking a row for its
  // values built an object of every field for each of 100,000 rows.
  const indexByNumber = new Map<number, number>();
  for (let i = 0; i < table.rows.length; i++) indexByNumber.set(table.rows[i]!.rowNumber, i);
  const byField = new Map<string, FixChange[]>();
  for (const change of changes) {
    const list = byField.get(change.field) ?? [];
    list.push(change);
    byField.set(change.field, list);
  }
  const applied: FixChange[] = [];
  const cells = new Map<number, Array<{ row: number; value: CellValue }>>();
  for (const [key, fieldChanges] of byField) {
    const col = table.mapping.columns[key];
    const field = table.template.fields.find((f) => f.key === key);
    if (col === undefined || !field) continue;
    const column = cells.get(col) ?? [];
    const results = tableColumn(table, key);
    for (const change of fieldChanges) {
      const index = indexByNumber.get(change.row);
      const result = index === undefined ? undefined : results[index];
      // A list keeps the separator its user wrote, which its suggestion carries; a cleared placeholder leaves an empty cell.
      const value = result?.status === 'reformat' && field.type !== 'list' ? standardToCell(field, result.value) : change.to === '' ? null : change.to;
      column.push({ row: change.row, value });
      applied.push(change);
    }
    cells.set(col, column);
  }
  await writeColumnSpans(port, report.sheet, report.values, cells);
  return applied.sort((a, b) => a.row - b.row || (table.mapping.columns[a.field] ?? 0) - (table.mapping.columns[b.field] ?? 0));
}

/**
 * The whole "Fix" action for a host: apply the chosen changes of a check
 * under a snapshot (so Undo restores every cell) with one audit entry per
 * rewritten cell.
 */
export async function fixWorkbook(
  port: WorkbookPort,
  report: CheckReport,
  changes: readonly FixChange[],
  context: ChangeContext,
): Promise<{ changed: FixChange[]; snapshot: Snapshot | null }> {
  const { result, snapshot } = await recordedChange(
    port,
    { ...context, operation: 'fix', sheets: [{ name: report.sheet, values: report.values }] },
    async () => {
      const changed = await applyFix(port, report, changes);
      return {
        result: changed,
        changes: changed.map((c) => ({ sheet: report.sheet, row: c.row, field: c.field, oldValue: c.from, newValue: c.to })),
      };
    },
  );
  return { changed: result, snapshot };
}
