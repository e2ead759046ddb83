import { sameCellValue, type CellValue } from '../cell';
import type { MergePlan } from '../dedupe/planMerge';
import type { Lang } from '../i18n/lang';
import { cellToText } from '../normalize/cellToText';
import { standardToCell } from '../normalize/standardToCell';
import { standardToText } from '../normalize/standardToText';
import type { WorkbookPort } from '../port/workbookPort';
import { recordedChange, type AuditChange, type ChangeContext } from '../safety/recordedChange';
import type { Snapshot } from '../safety/snapshots';
import type { CustomerTable } from '../table/customerTable';
import { rememberMerges } from './dedupe';
import { writeColumnSpans } from './writeColumnSpans';

export const MERGED_SHEET = 'Merged';
/** The column beside each moved row naming the customer it was merged into (erasure looks for it). */
export const MERGED_INTO = { en: 'Merged into', zh: '合并至' } as const;
const MERGED_AT = { en: 'Merged at', zh: '合并时间' } as const;
const BEFORE_MERGE = { en: '(before merge)', zh: '（合并前）' } as const;

export interface MergeResult {
  readonly merged: number;
  readonly movedRows: number;
  readonly snapshot: Snapshot | null;
}

/**
 * Applies merge plans: each survivor gets its merged values, and every
 * merged-away row moves whole and unchanged to the `Merged` sheet with the
 * surviving id (and the time) beside it, so nothing is lost. One snapshot
 * first, one audit entry per changed cell and per moved row.
 */
export async function mergeDuplicates(
  port: WorkbookPort,
  source: { readonly sheet: string; readonly table: CustomerTable; readonly values: readonly (readonly CellValue[])[] },
  plans: readonly MergePlan[],
  context: ChangeContext & { readonly lang: Lang },
): Promise<MergeResult> {
  const { table, sheet, values } = source;
  const present = new Set((await port.listSheets()).map((s) => s.name));
  const merged = present.has(MERGED_SHEET) ? (await port.readSheet(MERGED_SHEET)).values : null;
  // An existing Merged sheet keeps its own layout: new rows line up under its "Merged into" column.
  const { snapshot } = await recordedChange(
    port,
    { ...context, operation: 'merge', sheets: [{ name: sheet, values }, { name: MERGED_SHEET, values: merged ?? undefined }] },
    async () => {
      const grid = values.map((row) => row.slice());
      // Every cell moves, also those beyond the header.
      let width = table.header.length;
      for (const row of values) width = Math.max(width, row.length);
      const idCol = table.mapping.columns.id;
      const audit: AuditChange[] = [];
      const moved: CellValue[][] = [];
      const removed = new Set<number>();
      for (const plan of plans) {
        const survivorCells = grid[plan.survivor - 1]!;
        const survivorId = idCol === undefined ? `row ${plan.survivor}` : cellToText(survivorCells[idCol] ?? null);
        const original = values[plan.survivor - 1] ?? [];
        let overwrote = false;
        for (const [key, value] of Object.entries(plan.set)) {
          const col = table.mapping.columns[key];
          const field = table.template.fields.find((f) => f.key === key);
          if (col === undefined || !field) continue;
          const old = cellToText(survivorCells[col] ?? null);
          if (old.trim() !== '') overwrote = true;
          survivorCells[col] = standardToCell(field, value);
          audit.push({ sheet, row: plan.survivor, field: key, oldValue: old, newValue: standardToText(value) });
        }

        for (const row of plan.mergedAway) {
          const cells = values[row - 1] ?? [];
          moved.push([...padTo(cells, width), survivorId, context.now]);
          removed.add(row);
          audit.push({ sheet, row, field: '', oldValue: idCol === undefined ? `row ${row}` : cellToText(cells[idCol] ?? null), newValue: `${context.lang === 'zh' ? '合并至' : 'merged into'} ${survivorId}` });
        }
        // The survivor's own row as it was, when the merge replaced any of its values: nothing is lost.
        if (overwrote) moved.push([...padTo(original, width), `${survivorId} ${BEFORE_MERGE[context.lang]}`, context.now]);
      }
      // Merged first, the customer sheet last: until that last write commits the merge, every customer is where it was.
      if (moved.length > 0) {
        if (!merged) {
          await port.addSheet(MERGED_SHEET);
          const header = [...padTo(table.header, width), MERGED_INTO[context.lang], MERGED_AT[context.lang]];
          await port.writeValues(MERGED_SHEET, 0, 0, [header, ...moved]);
          await port.freezeRows(MERGED_SHEET, 1);
        } else {
          const into = merged[0]?.findIndex((h) => h === MERGED_INTO.en || h === MERGED_INTO.zh) ?? -1;
          const aligned = into < 0 ? moved : moved.map((row) => [...padTo(row.slice(0, width), into), ...row.slice(width)]);
          await port.writeValues(MERGED_SHEET, Math.max(1, merged.length), 0, aligned);
        }
      }
      if (port.deleteRows) {
        // As a person would: the survivors' new values, then the merged-away rows deleted, so formulas
        // elsewhere on the sheet (a totals row's SUM) stay formulas and follow the rows.
        await writeColumnSpans(port, sheet, values, survivorChanges(grid, values, plans));
        await port.deleteRows(sheet, [...removed].map((row) => row - 1));
      } else {
        await port.replaceValues(sheet, grid.filter((_, r) => !removed.has(r + 1)));
      }
      return { result: null, changes: audit };
    },
  );
  // A merge that can be undone is remembered, so that once undone it is never proposed again.
  if (snapshot) await rememberMerges(port, table, plans.map((p) => [p.survivor, ...p.mergedAway]));
  return { merged: plans.length, movedRows: plans.reduce((n, p) => n + p.mergedAway.length, 0), snapshot };
}

/** The survivors' cells the merge changed, by column, as writeColumnSpans takes them. */
function survivorChanges(grid: readonly (readonly CellValue[])[], values: readonly (readonly CellValue[])[], plans: readonly MergePlan[]): Map<number, Array<{ row: number; value: CellValue }>> {
  const changes = new Map<number, Array<{ row: number; value: CellValue }>>();
  for (const { survivor } of plans) {
    const now = grid[survivor - 1] ?? [];
    const was = values[survivor - 1] ?? [];
    for (let c = 0; c < now.length; c++) {
      if (sameCellValue(now[c] ?? null, was[c] ?? null)) continue;
      let column = changes.get(c);
      if (!column) changes.set(c, (column = []));
      column.push({ row: survivor, value: now[c] ?? null });
    }
  }
  for (const column of changes.values()) column.sort((a, b) => a.row - b.row);
  return changes;
}

function padTo(cells: readonly CellValue[], width: number): CellValue[] {
  const out = cells.slice(0, Math.max(width, cells.length));
  while (out.length < width) out.push(null);
  return out;
}
