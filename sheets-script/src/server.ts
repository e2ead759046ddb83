import type { CommandApi, CommandProgress } from '../../shared/commands/commandApi';
import { isCancelled } from '../../shared/commands/cancelledError';
import { controlledPort } from '../../shared/commands/controlledPort';
import { createRunControl, type RunControl } from '../../shared/commands/runControl';
import { withRunControl } from '../../shared/commands/withRunControl';
import { langFromLocale, type Lang } from '../../shared/core/i18n/lang';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { readWorkbookTemplate } from '../../shared/core/template/workbookTemplate';
import { findCustomerSheet } from '../../shared/core/table/findCustomerSheet';
import { runChunkedJob, type JobState } from './chunkedJob';
import type { EditEvent, FormSubmitEvent } from './automationServices';
import { loadAutomationSettings, saveLastDaily } from './automationSettings';
import { runDaily } from './dailyRun';
import { checkEditedRows } from './editedRowsCheck';
import { mergeFormResponse } from './formResponseMerge';
import { gasAutomationServices, gasServices } from './gasServices';
import { addDossierMenu } from './menu';
import { sheetsCommands } from './sheetsCommands';
import { SheetsWorkbook } from './sheetsWorkbook';
import { staleFlagJob } from './staleFlagJob';
import type { SpreadsheetSheet } from './appsScriptServices';
import { readWorkbookPreferences } from './workbookPreferences';
import { utf8Pieces } from './utf8Pieces';

/**
 * The Apps Script entry points. build.mjs declares each export as a
 * top-level function (Apps Script calls only those), delegating here.
 * Every call builds the port fresh: Apps Script keeps no state between
 * executions, and the workbook itself holds Dossier's state.
 */
function lang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

function today(): string {
  return Utilities.formatDate(new Date(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

function commands(control?: RunControl): CommandApi {
  const services = gasServices();
  const port = new SheetsWorkbook(services);
  const api = sheetsCommands(control ? controlledPort(port, control) : port, services, { scriptApp: ScriptApp }, { today, now: () => new Date().toISOString(), lang: lang() });
  return control ? withRunControl(api, control) : api;
}

function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Dossier', 8);
}

/** Runs a menu action, turning a failure into a toast with the sentence (never a stack). */
async function menuAction(action: () => Promise<string>): Promise<void> {
  try {
    toast(await action());
  } catch (error) {
    toast(error instanceof Error ? error.message : String(error));
  }
}

export function onOpen(): void {
  addDossierMenu(SpreadsheetApp.getUi(), lang());
}

export function onInstall(): void {
  onOpen();
}

export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(lang() === 'zh' ? 'Dossier 客户档案' : 'Dossier');
  SpreadsheetApp.getUi().showSidebar(html);
}

export const menuSettings = menuOpenSidebar;
export const menuFindDuplicates = menuOpenSidebar;

export function menuApplyTemplate(): Promise<void> {
  return menuAction(async () => {
    const r = await commands().applyTemplate();
    return lang() === 'zh' ? `工作表"${r.sheet}"已套用模板（新增 ${r.added.length} 列），可在侧边栏撤销。` : `Template applied to "${r.sheet}" (${r.added.length} columns added); undo from the sidebar.`;
  });
}

export function menuCheck(): Promise<void> {
  return menuAction(async () => {
    const r = await commands().check();
    return lang() === 'zh' ? `${r.rows} 行：${r.summary.errors} 个错误，${r.summary.warnings} 个警告（单元格已标记）。` : `${r.rows} rows: ${r.summary.errors} errors, ${r.summary.warnings} warnings (cells marked).`;
  });
}

export function menuFix(): Promise<void> {
  return menuAction(async () => {
    const api = commands();
    const r = await api.applyFix(await api.previewFix());
    return lang() === 'zh' ? `已修改 ${r.changed.length} 个单元格，可在侧边栏撤销。` : `Changed ${r.changed.length} cells; undo from the sidebar.`;
  });
}

export function menuReport(): Promise<void> {
  return menuAction(async () => {
    const r = await commands().report({ mask: true });
    return lang() === 'zh' ? `报表已写入"${r.sheet}"。` : `Report written to "${r.sheet}".`;
  });
}

const JOB_KEY = 'dossier.job';
const RESUME_HANDLER = 'resumeDossierJob';

function jobStore() {
  const props = PropertiesService.getDocumentProperties();
  return {
    load: () => {
      const text = props.getProperty(JOB_KEY);
      return text ? (JSON.parse(text) as JobState) : null;
    },
    save: (state: JobState) => props.setProperty(JOB_KEY, JSON.stringify(state)),
    clear: () => props.deleteProperty(JOB_KEY),
  };
}

function resumeScheduler() {
  const cancel = () => {
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === RESUME_HANDLER) ScriptApp.deleteTrigger(t);
  };
  return {
    scheduleResume: (afterMs: number) => {
      cancel();
      ScriptApp.newTrigger(RESUME_HANDLER).timeBased().after(afterMs).create();
    },
    cancelResume: cancel,
  };
}

/** "Flag stale rows": chunked, so a sheet of hundreds of thousands of rows finishes across executions. */
export async function menuFlagStale(): Promise<void> {
  await menuAction(async () => {
    const r = await runStaleJob();
    return r.done
      ? lang() === 'zh' ? `${r.data.stale ?? 0} 行长期未联系（已标记）。` : `${r.data.stale ?? 0} stale rows flagged.`
      : lang() === 'zh' ? `已处理 ${r.next}/${r.total} 行，稍后自动继续。` : `${r.next} of ${r.total} rows done; continuing automatically in a minute.`;
  });
}

export async function resumeDossierJob(): Promise<void> {
  await runStaleJob();
}

async function runStaleJob() {
  const services = gasServices();
  const port = new SheetsWorkbook(services);
  const template = await readWorkbookTemplate(port);
  const sheet = await findCustomerSheet(port, template);
  const gasSheet = services.spreadsheet.getSheetByName(sheet.name) as SpreadsheetSheet;
  const tz = services.spreadsheet.getSpreadsheetTimeZone();
  const context = normalizeContextFor({ template, today: today(), lang: lang() });
  const readDates = (values: unknown[][]) => values.map((row) => row.map((cell) => (cell instanceof Date ? Utilities.formatDate(cell, tz, 'yyyy-MM-dd') : cell)));
  return runChunkedJob(staleFlagJob(gasSheet, template, context, { readDates, lang: lang() }), {
    store: jobStore(),
    scheduler: resumeScheduler(),
    now: () => Date.now(),
    chunk: 20_000,
    startedAt: new Date().toISOString(),
  });
}

/** Progress of a running chunked job, for the sidebar's progress bar. */
export function dossierJobProgress(): { next: number; total: number } | null {
  const state = jobStore().load();
  return state ? { next: state.next, total: state.total } : null;
}

/**
 * The sidebar's one server function: `google.script.run.dossierCommand(id, name, args)`
 * calls the command API by name with plain-JSON arguments. The core is
 * async (a Promise), and Apps Script's services are synchronous, so the
 * whole chain settles in microtasks before the execution ends; the outcome
 * is also parked in the document cache under the request id, so the client
 * can fetch it with `dossierResult(id)` whichever way the runtime hands back
 * an async function's value.
 */
export async function dossierCommand(id: string, name: string, args: unknown[]): Promise<unknown> {
  let outcome: { ok: true; value: unknown } | { ok: false; message: string; cancelled?: true };
  try {
    const api = commands(commandControl(id)) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const method = api[name];
    if (typeof method !== 'function') throw new Error(`Unknown Dossier command "${name}".`);
    outcome = { ok: true, value: JSON.parse(JSON.stringify((await method(...(Array.isArray(args) ? args : []))) ?? null)) };
  } catch (error) {
    outcome = { ok: false, message: error instanceof Error ? error.message : String(error), ...(isCancelled(error) ? { cancelled: true as const } : {}) };
  }
  parkResult(id, outcome);
  // Stopped by Cancel is no failure: the sidebar is told so by a marker, and shows nothing.
  if (!outcome.ok && outcome.cancelled) return { [CANCELLED_MARK]: true };
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

/** Marks the value of a command stopped by Cancel (sidebarBridge.ts knows it). */
const CANCELLED_MARK = 'dossierCancelled';
const progressKey = (id: string) => `dossier:${id}:progress`;
const cancelKey = (id: string) => `dossier:${id}:cancel`;
/** Cache entries for one command live 10 minutes (CacheService keeps an entry up to 6 hours, 21,600 s: developers.google.com/apps-script/reference/cache/cache#putkey,-value,-expirationinseconds). */
const COMMAND_CACHE_SECONDS = 600;

/**
 * Progress and Cancel of a sidebar command. The server cannot be
 * interrupted, and google.script.run calls run as separate executions side
 * by side (at most 30 at once per user: developers.google.com/apps-script/
 * guides/services/quotas, "Current limitations"), so the two meet in the
 * document cache: this execution writes its progress under the request id
 * whenever the bar moves by 2% or the phase changes (a few dozen small puts;
 * values up to 100 KB, keys up to 250 characters, 1,000 entries:
 * developers.google.com/apps-script/reference/cache/cache), the sidebar reads
 * it with dossierProgress about once a second, and dossierCancel leaves a
 * flag that this execution reads at each checkpoint, i.e. before each
 * service call that reads or writes the sheet (RunControl decides where
 * stopping leaves the sheet as it was). A cache entry may be evicted early:
 * a lost flag means the command completes, and says so.
 */
function commandControl(id: string): RunControl {
  const cache = CacheService.getDocumentCache();
  let asked = false;
  const control = createRunControl({ cancelRequested: () => (asked ||= cache?.get(cancelKey(id)) != null) });
  let told: CommandProgress | null = null;
  control.onProgress((progress) => {
    if (told && told.phase === progress.phase && told.committed === progress.committed && progress.fraction - told.fraction < 0.02) return;
    told = progress;
    try {
      cache?.put(progressKey(id), JSON.stringify(progress), COMMAND_CACHE_SECONDS);
    } catch (error) {
      // The bar only: a cache that refuses must not stop the command.
      console.warn(`Dossier: progress of ${id} not kept: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return control;
}

/** The running command's progress, for the sidebar's bar (null before its first report). */
export function dossierProgress(id: string): CommandProgress | null {
  const text = CacheService.getDocumentCache()?.get(progressKey(id));
  return text ? (JSON.parse(text) as CommandProgress) : null;
}

/** Asks the running command to stop; it does so at its next checkpoint, leaving the sheet as it was (or, past the point of return, finishes). */
export function dossierCancel(id: string): void {
  CacheService.getDocumentCache()?.put(cancelKey(id), '1', COMMAND_CACHE_SECONDS);
}

/** CacheService keeps values up to 100 KB (102,400 bytes); a result is parked in pieces of 90,000 bytes for 10 minutes. */
const PIECE_BYTES = 90_000;

function parkResult(id: string, outcome: unknown): void {
  const parts = utf8Pieces(JSON.stringify(outcome), PIECE_BYTES);
  const pieces: Record<string, string> = {};
  parts.forEach((part, k) => (pieces[`dossier:${id}:${k}`] = part));
  pieces[`dossier:${id}`] = String(parts.length);
  try {
    CacheService.getDocumentCache()?.putAll(pieces, 600);
  } catch (error) {
    // The command itself is done (and said so through its return value): a cache that refuses must not turn it into a failure.
    console.warn(`Dossier: result ${id} not parked: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The parked outcome of a command, or null while it runs. */
export function dossierResult(id: string): unknown {
  const cache = CacheService.getDocumentCache();
  const count = Number(cache?.get(`dossier:${id}`) ?? 0);
  if (!count) return null;
  const keys = Array.from({ length: count }, (_, k) => `dossier:${id}:${k}`);
  const pieces = cache!.getAll(keys);
  return JSON.parse(keys.map((k) => pieces[k] ?? '').join(''));
}

/** The host language for the sidebar's first paint. */
export function dossierHostLang(): Lang {
  return lang();
}

/**
 * The triggers' handlers (installed from Settings, with consent; see
 * automationTriggers.ts). They run with nobody at the keyboard, as the
 * installer: a failure is logged (exceptionLogging: STACKDRIVER) and
 * never half-applied, as every write goes through the core's safety layer.
 * Their language: the one chosen in Settings, else the installer's.
 */
async function triggerContext() {
  const services = gasServices();
  const port = new SheetsWorkbook(services);
  const preferences = await readWorkbookPreferences(port);
  const automation = loadAutomationSettings(services.documentProperties);
  return { services, port, preferences, automation, lang: preferences.lang ?? automation.lang ?? lang() };
}

/** Installable edit trigger: checks and marks the edited rows only. */
export async function dossierOnEdit(e: EditEvent): Promise<void> {
  const services = gasServices();
  const port = new SheetsWorkbook(services);
  await checkEditedRows(port, e, {
    today: today(),
    preferences: async () => {
      const preferences = await readWorkbookPreferences(port);
      return { template: preferences.template, lang: preferences.lang ?? loadAutomationSettings(services.documentProperties).lang ?? lang() };
    },
  });
}

/** Spreadsheet form-submit trigger: merges the response into the customer file, one submission at a time. */
export async function dossierOnFormSubmit(e: FormSubmitEvent): Promise<void> {
  const lock = gasAutomationServices().scriptLock;
  // Two responses arriving together would both read the sheet before either writes: they queue here (up to 30 s).
  lock.waitLock(30_000);
  try {
    const { port, preferences, lang: l } = await triggerContext();
    const result = await mergeFormResponse(port, e, { template: preferences.template, lang: l, today: today(), now: new Date().toISOString(), keepSnapshots: preferences.keepSnapshots });
    console.log(`Dossier: form response merged into "${result.customerSheet}": ${result.added} added, ${result.updated} updated, ${result.review} for review, ${result.rejected} rejected.`);
  } finally {
    lock.releaseLock();
  }
}

/** Daily time-driven trigger: digests to owners, then the optional backup; the outcome is shown in Settings. */
export async function dossierDaily(): Promise<void> {
  const { services, port, preferences, automation, lang: l } = await triggerContext();
  const { lang: _installLang, ...settings } = automation;
  const summary = await runDaily(port, gasAutomationServices(), services.spreadsheet, { template: preferences.template, lang: l, today: today(), settings });
  saveLastDaily(services.documentProperties, summary);
  console.log(`Dossier daily: ${JSON.stringify(summary)}`);
}
