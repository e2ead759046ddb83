import { isBlankCell, type CellValue } from '../cell';
import { DossierError } from '../errors';
import type { Lang } from '../i18n/lang';
import { mapSourceColumns, type SourceMapping } from '../import/mapSourceColumns';
import { planImport, type ImportPlan } from '../import/planImport';
import { normalizeCell } from '../normalize/normalizeCell';
import { standardOf } from '../normalize/standardOf';
import type { NormalizeContext } from '../normalize/normalized';
import { standardToCell } from '../normalize/standardToCell';
import type { SheetData, WorkbookPort } from '../port/workbookPort';
import { recordedChange, type AuditChange, type ChangeContext } from '../safety/recordedChange';
import { appendRowOf } from '../table/appendRowOf';
import type { CustomerTable } from '../table/customerTable';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { isTotalsRow } from '../table/isTotalsRow';
import { locateHeader } from '../table/locateHeader';
import { sumColumns } from '../table/sumColumns';
import { readCustomerTable } from '../table/readCustomerTable';
import { tableColumn } from '../table/tableColumn';
import type { Template } from '../template/templateSchema';
import { customerIdSequenceOf } from '../validate/customerIdSequence';
import { writeColumnSpans } from './writeColumnSpans';

export interface ImportCustomersOptions extends ChangeContext {
  readonly template: Template;
  readonly lang: Lang;
  readonly context: NormalizeContext;
  /** The customer sheet; default: the first whose header maps to the template. */
  readonly sheet?: string;
  /** Source header → template key (null: leave the column out). */
  readonly overrides?: ReadonlyMap<string, string | null>;
  /** The channel new customers came from (`source`), in either language. */
  readonly source?: string;
  readonly keepUnmapped?: boolean;
  readonly threshold?: number;
  readonly dryRun?: boolean;
  /** Incoming rows checked of rows, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  readonly sheet: string;
  readonly mapping: SourceMapping;
  readonly plan: ImportPlan;
  readonly written: boolean;
}

export const REJECTED_SHEET = 'Import rejected';
export const REVIEW_SHEET = 'Import review';

/**
 * Imports a source sheet into the customer file: maps its columns, plans
 * the upsert, and (unless a dry run) writes updates and new rows, the
 * rejected rows with their reasons and the rows held for review, under one
 * snapshot with an audit entry per change.
 */
export async function importCustomers(port: WorkbookPort, source: SheetData, options: ImportCustomersOptions): Promise<ImportResult> {
  const { template } = options;
  const customerSheet = await findCustomerSheet(port, template, options.sheet);
  const existing = readCustomerTable(template, customerSheet, options.context);
  // The source may carry a title above its header and a totals row too: its header is found as the customer sheet's is.
  const sourceHeader = locateHeader(template, source.values)?.index ?? 0;
  const header = source.values[sourceHeader] ?? [];
  const mapping = mapSourceColumns(template, header, options.overrides);
  if (mapping.fields.size === 0) {
    throw new DossierError('import.noColumns', {
      en: `No column of "${source.name}" maps to the customer-file template; name them like the template (Name, Phone…) or use --map.`,
      zh: `"${source.name}"中没有任何列能对应到客户档案模板；请使用模板表头（姓名、电话……）或用 --map 指定。`,
    });
  }
  // Rows down to the header and totals rows stand in blank, so source row numbers stay the file's own.
  const sums = sumColumns(template, {}, header.length);
  for (const field of template.fields) if (field.type !== 'integer' && field.type !== 'number') for (const col of mapping.fields.get(field.key) ?? []) sums.delete(col);
  const sourceRows = source.values.slice(1).map((row, r) => (r < sourceHeader || isTotalsRow(row, sums) ? [] : row));
  const plan = planImport(existing, mapping, sourceRows, {
    lang: options.lang,
    context: options.context,
    source: canonicalSource(template, options.source, options.context),
    keepUnmapped: options.keepUnmapped,
    threshold: options.threshold,
    onProgress: options.onProgress,
  });
  if (options.dryRun) return { sheet: customerSheet.name, mapping, plan, written: false };

  const sheetNames = new Set((await port.listSheets()).map((s) => s.name));
  await recordedChange(
    port,
    {
      ...options,
      operation: 'import',
      sheets: [{ name: customerSheet.name, values: customerSheet.values }, { name: REJECTED_SHEET }, { name: REVIEW_SHEET }],
    },
    async () => {
      const audit: AuditChange[] = [];
      const columns: Record<string, number> = { ...existing.mapping.columns };
      const headerIndex = (existing.headerRow ?? 1) - 1;
      const headerRow = (customerSheet.values[headerIndex] ?? []).slice();
      let width = headerRow.length;
      // A field the incoming rows carry but the sheet lacks gets a column: nothing is dropped.
      for (const field of template.fields) {
        if (field.key in columns) continue;
        const used = plan.newRows.some((r) => r.values[field.key] !== undefined) || plan.updates.some((u) => u.set[field.key] !== undefined);
        if (!used) continue;
        columns[field.key] = width;
        headerRow[width++] = field.label[options.lang];
      }
      if (width > (customerSheet.values[headerIndex]?.length ?? 0)) await port.writeValues(customerSheet.name, headerIndex, 0, [headerRow]);

      // New customers: one block after the last customer (above a totals row), each with a new id.
      // Before the updates: rows up to the last customer keep their numbers, so the updates still land where planned.
      if (plan.newRows.length > 0) {
        const idField = template.fields.find((f) => f.type === 'id');
        const ids = idField && idField.key in existing.mapping.columns ? tableColumn(existing, idField.key) : [];
        const nextId = customerIdSequenceOf(ids);
        const firstRow = appendRowOf(existing) - 1;
        const placed = template.fields.flatMap((field) => (columns[field.key] === undefined ? [] : [{ field, col: columns[field.key]! }]));
        const block = plan.newRows.map((row) => {
          const cells: CellValue[] = new Array<CellValue>(width).fill(null);
          for (const { field, col } of placed) {
            if (field.type === 'id') cells[col] = nextId();
            else if (row.values[field.key] !== undefined) cells[col] = standardToCell(field, row.values[field.key]!);
          }
          return cells;
        });
        await writeNewRows(port, customerSheet.name, customerSheet.values, existing, firstRow, block);
        block.forEach((cells, k) => audit.push({ sheet: customerSheet.name, row: firstRow + k + 1, field: '', oldValue: '', newValue: `new customer ${idField ? cells[columns[idField.key]!] : ''} (source row ${plan.newRows[k]!.sourceRows.join(', ')})` }));
      }

      // Updates: one block per changed column, spanning only the rows that change.
      const cells = new Map<number, Array<{ row: number; value: CellValue }>>();
      const fieldsByKey = new Map(template.fields.map((f) => [f.key, f]));
      for (const update of plan.updates) {
        for (const [key, value] of Object.entries(update.set)) {
          const field = fieldsByKey.get(key)!;
          const col = columns[key]!;
          const list = cells.get(col) ?? [];
          list.push({ row: update.row, value: standardToCell(field, value) });
          cells.set(col, list);
        }
      }
      await writeColumnSpans(port, customerSheet.name, customerSheet.values, cells);
      for (const change of plan.changes) if (change.kind === 'update') audit.push({ sheet: customerSheet.name, row: change.row, field: change.field, oldValue: change.from, newValue: change.to });

      if (plan.rejected.length > 0) {
        const rows = plan.rejected.map((r) => [r.sourceRow, ...r.cells, r.reasons.join(' ')]);
        await appendRows(port, sheetNames, REJECTED_SHEET, [options.lang === 'zh' ? '源文件行' : 'Source row', ...header, options.lang === 'zh' ? '原因' : 'Reason'], rows);
      }
      if (plan.review.length > 0) {
        const keys = template.fields.filter((f) => f.type !== 'id').map((f) => f.key);
        const rows = plan.review.map((r) => [
          r.sourceRows.join(', '),
          r.candidates.map((c) => `${c.row} (${c.score})`).join(', '),
          ...keys.map((k) => (r.values[k] === undefined ? null : standardToCell(template.fields.find((f) => f.key === k)!, r.values[k]!))),
        ]);
        const labels = keys.map((k) => template.fields.find((f) => f.key === k)!.label[options.lang]);
        await appendRows(port, sheetNames, REVIEW_SHEET, [options.lang === 'zh' ? '源文件行' : 'Source rows', options.lang === 'zh' ? '可能是（行，得分）' : 'Possible match (row, score)', ...labels], rows);
      }
      return { result: null, changes: audit };
    },
  );
  return { sheet: customerSheet.name, mapping, plan, written: true };
}

/**
 * Writes the new customers' block at `firstRow`, right after the last
 * customer. Rows below it that hold something (a totals row, a note) are
 * moved down first, never overwritten. A host that inserts rows widens
 * the ranges spanning the insertion, so the rows go in at the last
 * customer's row (inside `SUM(S3:S200)`, which becomes `SUM(S3:S210)`;
 * inserted right below it they would fall outside) and that customer's
 * cells are written back above them, keeping the file's order. A port
 * without insertion (values only) gets the moved rows written below.
 */
async function writeNewRows(
  port: WorkbookPort,
  sheet: string,
  grid: readonly (readonly CellValue[])[],
  existing: CustomerTable,
  firstRow: number,
  block: CellValue[][],
): Promise<void> {
  let below = grid.length;
  while (below > firstRow && grid[below - 1]!.every(isBlankCell)) below--;
  if (below <= firstRow) {
    await port.writeValues(sheet, firstRow, 0, block);
    return;
  }
  const last = existing.rows[existing.rows.length - 1];
  if (port.insertRows) {
    if (last === undefined) {
      await port.insertRows(sheet, firstRow, block.length);
      await port.writeValues(sheet, firstRow, 0, block);
    } else {
      await port.insertRows(sheet, firstRow - 1, block.length);
      await port.writeValues(sheet, firstRow - 1, 0, [[...last.cells], ...block]);
    }
    return;
  }
  const moved = grid.slice(firstRow, below).map((row) => [...row]);
  await port.writeValues(sheet, firstRow, 0, [...block, ...moved]);
}

async function appendRows(port: WorkbookPort, present: ReadonlySet<string>, sheet: string, header: CellValue[], rows: CellValue[][]): Promise<void> {
  if (!present.has(sheet)) {
    await port.addSheet(sheet);
    await port.writeValues(sheet, 0, 0, [header, ...rows]);
    await port.freezeRows(sheet, 1);
    return;
  }
  const info = (await port.listSheets()).find((s) => s.name === sheet)!;
  await port.writeValues(sheet, Math.max(1, info.rowCount), 0, rows);
}

function canonicalSource(template: Template, source: string | undefined, context: NormalizeContext): string | undefined {
  if (source === undefined) return undefined;
  const field = template.fields.find((f) => f.key === 'source');
  if (!field) return undefined;
  const value = standardOf(normalizeCell(source, field, context));
  if (value !== undefined) return String(value);
  const allowed = (field.options ?? []).map((o) => o.value).join(', ');
  throw new DossierError('import.badSource', { en: `--source "${source}" is not one of the channels: ${allowed}.`, zh: `--source"${source}"不是可选渠道之一：${allowed}。` });
}
