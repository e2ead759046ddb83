import type { Lang } from '../i18n/lang';
import { followUpsDue, staleRows, upcomingBirthdays, type FollowUpDue, type StaleRow } from '../insights/staleness';
import { dateFromIso } from '../normalize/isoDate';
import { cellToText } from '../normalize/cellToText';
import type { CellMark, WorkbookPort } from '../port/workbookPort';
import { recordedChange, type AuditChange, type ChangeContext } from '../safety/recordedChange';
import type { CustomerTable } from '../table/customerTable';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { readCustomerTable } from '../table/readCustomerTable';
import type { CellValue } from '../cell';
import { normalizeContextFor, type CheckOptions } from './check';

export interface StaleOptions extends CheckOptions {
  /** Threshold in days; default the template's `staleDays`. */
  readonly days?: number;
}

export interface StaleReport {
  readonly sheet: string;
  readonly days: number;
  readonly today: string;
  readonly stale: StaleRow[];
  readonly followUpsDue: FollowUpDue[];
  readonly birthdays: Array<{ row: number; birthday: string; on: string }>;
  readonly table: CustomerTable;
  readonly values: readonly (readonly CellValue[])[];
}

/** Stale rows, follow-ups due and birthdays in the follow-up window, from one read of the customer sheet. */
export async function findStale(port: WorkbookPort, options: StaleOptions): Promise<StaleReport> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const days = options.days ?? options.template.settings.staleDays;
  return {
    sheet: sheet.name,
    days,
    today: options.today,
    stale: staleRows(table, { today: options.today, days }),
    followUpsDue: followUpsDue(table, { today: options.today }),
    birthdays: upcomingBirthdays(table, { today: options.today, days: options.template.settings.followUpWindowDays }),
    table,
    values: sheet.values,
  };
}

/** Flags stale rows (grey fill on the row's first mapped cells, with a note) in one batch. */
export async function markStale(port: WorkbookPort, report: StaleReport, lang: Lang): Promise<void> {
  const cols = Object.values(report.table.mapping.columns).sort((a, b) => a - b).slice(0, 2);
  const marks: CellMark[] = report.stale.flatMap((s) =>
    cols.map((col) => ({
      row: s.row - 1,
      col,
      severity: 'stale' as const,
      note: s.lastTouched === null
        ? lang === 'zh' ? '从未记录更新或联系' : 'Never updated or contacted'
        : lang === 'zh' ? `${s.daysSince} 天未更新或联系（上次 ${s.lastTouched}）` : `Not updated or contacted for ${s.daysSince} days (last ${s.lastTouched})`,
    })),
  );
  await port.markCells(report.sheet, marks);
}

/** "Mark contacted today": sets last contact to today for the chosen rows, undoable and audited. */
export async function markContacted(port: WorkbookPort, report: StaleReport, rows: readonly number[], context: ChangeContext & { readonly lang?: Lang }): Promise<number> {
  const field = report.table.template.fields.find((f) => f.key === 'last_contact');
  if (!field || rows.length === 0) return 0;
  // A sheet without a Last Contact column gets one at the right, so the date has somewhere to go.
  const existing = report.table.mapping.columns.last_contact;
  const col = existing ?? report.values.reduce((width, row) => Math.max(width, row.length), report.table.header.length);
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const block: CellValue[][] = [];
  for (let r = first; r <= last; r++) block.push([report.values[r - 1]?.[col] ?? null]);
  const changes: AuditChange[] = [];
  for (const r of sorted) {
    changes.push({ sheet: report.sheet, row: r, field: 'last_contact', oldValue: cellToText(block[r - first]![0] ?? null), newValue: report.today });
    block[r - first] = [dateFromIso(report.today)];
  }
  await recordedChange(port, { ...context, operation: 'markContacted', sheets: [{ name: report.sheet, values: report.values }] }, async () => {
    if (existing === undefined) await port.writeValues(report.sheet, 0, col, [[field.label[context.lang ?? 'en']]]);
    await port.writeValues(report.sheet, first - 1, col, block);
    return { result: null, changes };
  });
  return sorted.length;
}
