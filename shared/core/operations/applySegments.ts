import type { CellValue } from '../cell';
import { lifecycleStages, type LifecycleThresholds } from '../insights/lifecycle';
import { standardText } from '../insights/standardValue';
import { valueTiers, type TierThresholds } from '../insights/valueTiers';
import type { Lang } from '../i18n/lang';
import type { WorkbookPort } from '../port/workbookPort';
import { recordedChange, type AuditChange, type ChangeContext } from '../safety/recordedChange';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { readCustomerTable } from '../table/readCustomerTable';
import { normalizeContextFor, type CheckOptions } from './check';
import { writeColumnSpans } from './writeColumnSpans';

export interface SegmentOptions extends CheckOptions, ChangeContext {
  /** Write the ABC value tier into `grade`. */
  readonly grade: boolean;
  /** Write the lifecycle stage into `stage`. */
  readonly stage: boolean;
  readonly tiers?: TierThresholds;
  readonly lifecycle?: LifecycleThresholds;
}

/**
 * Writes the computed segments into the grade and stage columns, only when
 * a person asks, and only cells whose value changes; a missing column is
 * added at the right. Undoable and audited like every change.
 */
export async function applySegments(port: WorkbookPort, options: SegmentOptions): Promise<{ changed: number; sheet: string }> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const lang: Lang = options.lang;
  const wanted: Array<{ key: 'grade' | 'stage'; values: Map<number, string> }> = [];
  if (options.grade) wanted.push({ key: 'grade', values: valueTiers(table, options.tiers) });
  if (options.stage) wanted.push({ key: 'stage', values: lifecycleStages(table, { today: options.today, thresholds: options.lifecycle }) });
  let width = sheet.values.reduce((w, r) => Math.max(w, r.length), table.header.length);
  const newHeaders: Array<{ col: number; label: string }> = [];
  const cells = new Map<number, Array<{ row: number; value: CellValue }>>();
  const audit: AuditChange[] = [];
  for (const { key, values } of wanted) {
    const field = options.template.fields.find((f) => f.key === key);
    if (!field) continue;
    let col = table.mapping.columns[key];
    if (col === undefined) {
      col = width++;
      newHeaders.push({ col, label: field.label[lang] });
    }
    const list: Array<{ row: number; value: CellValue }> = [];
    for (const row of table.rows) {
      const next = values.get(row.rowNumber);
      const current = standardText(row, key);
      if (next === undefined || next === current) continue;
      list.push({ row: row.rowNumber, value: next });
      audit.push({ sheet: sheet.name, row: row.rowNumber, field: key, oldValue: current ?? '', newValue: next });
    }
    if (list.length > 0) cells.set(col, list);
  }
  await recordedChange(port, { ...options, operation: 'segments', sheets: [{ name: sheet.name, values: sheet.values }] }, async () => {
    for (const h of newHeaders) if (cells.has(h.col)) await port.writeValues(sheet.name, 0, h.col, [[h.label]]);
    await writeColumnSpans(port, sheet.name, sheet.values, cells);
    return { result: null, changes: audit };
  });
  return { changed: audit.length, sheet: sheet.name };
}
