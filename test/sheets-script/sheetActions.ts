import type { CommandApi } from '../../shared/commands/commandApi';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { checkEditedRows } from '../../sheets-script/src/editedRowsCheck';
import { mergeFormResponse } from '../../sheets-script/src/formResponseMerge';
import { runDaily } from '../../sheets-script/src/dailyRun';
import { sheetsCommands } from '../../sheets-script/src/sheetsCommands';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { generateCustomers, HEADERS } from '../../bench/generate/generateCustomers';
import { FakeAppsScript } from './fakeAppsScript';

export const SHEET = 'Customers';
const TODAY = '2026-11-22';

/** A generated customer sheet of `rows` × 26 columns as it sits in a spreadsheet (dates as Sheets hands them, the id column plain text). */
export function customerSpreadsheet(rows: number, seed = 7): FakeAppsScript {
  const fake = new FakeAppsScript('Asia/Shanghai', 'owner@example.com');
  const { values } = generateCustomers({ rows, seed, headers: 'en' });
  const cells = values.map((row) => row.map((cell) => {
    if (cell instanceof Date) return fake.dateCell(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    if (cell === null) return '';
    if (typeof cell === 'object') return cell.error;
    return cell;
  }));
  const state = fake.addSheet(SHEET, cells);
  state.formats = cells.map(() => ['@']);
  fake.addSheet('Form responses 1', [['Timestamp', 'Name', 'Phone', 'Email']]);
  const source = generateCustomers({ rows: 50, seed: seed + 1, headers: 'en' }).values.map((row) => row.slice(1, 5).map((c) => (c === null ? '' : String(c))));
  fake.addSheet('Import', [[...HEADERS.en.slice(1, 5)], ...source.slice(1)]);
  return fake;
}

export interface ActionFigure {
  readonly action: string;
  /** Calls to SpreadsheetApp, PropertiesService, LockService and the rest during the action. */
  readonly calls: number;
  /** The same calls by method. */
  readonly byMethod: Readonly<Record<string, number>>;
  readonly seconds: number;
  /** CPU seconds of this process during the action (less sensitive than wall time to a shared machine). */
  readonly cpuSeconds: number;
}

/**
 * Every sidebar action and the three trigger handlers, in the order a
 * person would use them, each as Apps Script runs it: a fresh command API
 * per call (nothing survives between executions). Returns the service
 * calls and time of each.
 */
export async function runSheetActions(fake: FakeAppsScript): Promise<ActionFigure[]> {
  const figures: ActionFigure[] = [];
  const services = fake.services();
  const automation = fake.automation();
  const api = (): CommandApi => sheetsCommands(new SheetsWorkbook(services), services, automation, { today: () => TODAY, now: () => '2026-11-22T10:00:00Z', lang: 'en' });
  const measure = async <T,>(action: string, run: () => Promise<T>): Promise<T> => {
    const calls = fake.totalCalls();
    const before = { ...fake.calls };
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const value = await run();
    const used = process.cpuUsage(cpu);
    const byMethod = Object.fromEntries(Object.entries(fake.calls).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => v !== 0));
    figures.push({ action, calls: fake.totalCalls() - calls, byMethod, seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 });
    return value;
  };
  await measure('applyTemplate', () => api().applyTemplate());
  await measure('status', () => api().status());
  await measure('check', () => api().check());
  const changes = await measure('previewFix', () => api().previewFix());
  await measure('applyFix', () => api().applyFix(changes));
  await measure('undo', () => api().undo());
  await measure('applyFix again', async () => api().applyFix(await api().previewFix()));
  const dupes = await measure('findDuplicates', () => api().findDuplicates());
  await measure('merge', () => api().merge(dupes.clusters.map((c) => ({ rows: c.rows }))));
  const stale = await measure('stale', () => api().stale());
  const staleRows = stale.byOwner.flatMap((g) => g.stale.map((s) => s.row)).slice(0, 500);
  await measure('markContacted', () => api().markContacted(staleRows));
  const snapshots = await measure('listSnapshots', () => api().listSnapshots());
  await measure('restoreSnapshot', () => api().restoreSnapshot(snapshots[snapshots.length - 1]!.id));
  await measure('report', () => api().report({ mask: true }));
  await measure('applySegments', () => api().applySegments({ grade: true, stage: true }));
  await measure('importRows', () => api().importRows({ kind: 'sheet', name: 'Import' }, { dryRun: false }));
  const phone = fake.state(SHEET).values.slice(1).map((r) => r[3]).find((p) => typeof p === 'string' && /^\+86\d{11}$/.test(p)) as string;
  await measure('erase', () => api().erase({ field: 'phone', value: phone }));
  const port = new SheetsWorkbook(services);
  await measure('onEdit trigger', () => checkEditedRows(port, fake.editEvent(SHEET, 5, 3), { today: TODAY, preferences: async () => ({ template: defaultTemplate, lang: 'en' }) }));
  const event = fake.submitForm('Form responses 1', { Name: '表单客户', Phone: '13600000000', Email: 'form@qq.com' });
  await measure('onFormSubmit trigger', () => mergeFormResponse(port, event, { template: defaultTemplate, lang: 'en', today: TODAY, now: '2026-11-22T10:00:00Z', keepSnapshots: 10 }));
  await measure('daily trigger', () => runDaily(port, automation, services.spreadsheet, { template: defaultTemplate, lang: 'en', today: TODAY, settings: { dailyHour: 7, ownerEmails: [], backup: { enabled: false, keep: 7, folderId: null } } }));
  return figures;
}
