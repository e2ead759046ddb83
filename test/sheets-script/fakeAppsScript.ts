import type { AppsScriptServices, SheetProtection, SheetRange, SpreadsheetFile, SpreadsheetSheet, ChartBuilder } from '../../sheets-script/src/appsScriptServices';
import type { AutomationServices, EditEvent, FormSubmitEvent } from '../../sheets-script/src/automationServices';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Cell = string | number | boolean | Date;

/** Offsets of the time zones the tests use (no daylight saving in either). */
const OFFSETS_HOURS: Record<string, number> = { 'Asia/Shanghai': 8, 'America/Phoenix': -7, UTC: 0 };

export interface FakeSheetState {
  name: string;
  values: Cell[][];
  formats: string[][];
  notes: string[][];
  backgrounds: string[][];
  hidden: boolean;
  frozenRows: number;
  validations: Array<{ row: number; col: number; rows: number; list: string[]; allowInvalid: boolean }>;
  protections: Array<{ description: string; warningOnly: boolean; range: string | null }>;
  charts: Array<{ type: string; title: string; ranges: string[] }>;
  bold: string[];
  /** Conditional format rules in the sheet's order (whenFormulaSatisfied rules: formula, fill, ranges). */
  conditionalRules: FakeConditionalRule[];
}

export interface FakeConditionalRule {
  formula: string;
  background: string | null;
  ranges: string[];
}

export interface FakeTrigger {
  id: string;
  handler: string;
  /** 'edit' / 'formSubmit' for spreadsheet triggers, 'clock' for time-driven ones. */
  event: 'edit' | 'formSubmit' | 'clock';
  sourceId: string | null;
  everyDays?: number;
  atHour?: number;
  timeZone?: string;
  afterMs?: number;
}

export interface FakeMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  name?: string;
}

export interface FakeDriveFile {
  id: string;
  name: string;
  folderId: string;
  trashed: boolean;
  created: Date;
  /** The file this one is a copy of. */
  copyOf: string | null;
}

/**
 * An in-memory stand-in for the SpreadsheetApp / LockService / Utilities
 * members the Sheets port uses, typed against @types/google-apps-script via
 * the port's Picks. It counts calls (getValues, setValues, locks) and
 * models the spreadsheet time zone, so the tests see round trips and date
 * handling as Apps Script would produce them.
 */
export class FakeAppsScript {
  readonly calls: Record<string, number> = {};
  readonly sheets: FakeSheetState[] = [];
  lockHeld = false;
  writesOutsideLock = 0;
  /** Text written without the apostrophe that keeps Sheets from running it as a formula. */
  readonly formulaCellsWritten: string[] = [];
  /** PropertiesService.getDocumentProperties(). */
  readonly documentProperties = new Map<string, string>();
  /** ScriptApp's installable triggers of the current user. */
  readonly triggers: FakeTrigger[] = [];
  /** MailApp: recipients left today, and what was sent. */
  mailQuota = 100;
  readonly mails: FakeMail[] = [];
  /** DriveApp: the spreadsheet itself is a file in folder 'folder-home'. */
  readonly driveFiles: FakeDriveFile[] = [];
  readonly driveFolders = new Set<string>(['folder-home', 'folder-backups']);
  /** Milliseconds since the epoch as the automation services report it. */
  clock = Date.UTC(2026, 10, 22, 7, 0, 0);
  /** What the sandbox's UI received (menus, toasts, sidebars). */
  readonly menus: string[] = [];
  readonly toasts: string[] = [];
  /** What the code wrote to console (Apps Script's execution log). */
  readonly logs: string[] = [];
  private ids = 0;

  constructor(readonly timeZone = 'Asia/Shanghai', readonly email = 'alice@example.com', readonly spreadsheetId = 'ss-1', readonly spreadsheetName = 'Customer file') {
    this.driveFiles.push({ id: spreadsheetId, name: spreadsheetName, folderId: 'folder-home', trashed: false, created: new Date(Date.UTC(2024, 0, 1)), copyOf: null });
  }

  addSheet(name: string, values: Cell[][] = []): FakeSheetState {
    const state: FakeSheetState = { name, values: values.map((r) => [...r]), formats: [], notes: [], backgrounds: [], hidden: false, frozenRows: 0, validations: [], protections: [], charts: [], bold: [], conditionalRules: [] };
    this.sheets.push(state);
    return state;
  }

  state(name: string): FakeSheetState {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** A date cell as Sheets hands it to a script: midnight of that day in the spreadsheet's time zone. */
  dateCell(y: number, m: number, d: number): Date {
    return new Date(Date.UTC(y, m - 1, d) - (OFFSETS_HOURS[this.timeZone] ?? 0) * 3_600_000);
  }

  services(): AppsScriptServices {
    // The services are closures over this fake's state (arrow functions would do too; a name reads better in the many helpers below).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const count = (name: string) => (fake.calls[name] = (fake.calls[name] ?? 0) + 1);
    const write = () => {
      if (!fake.lockHeld) fake.writesOutsideLock++;
    };
    const lastRow = (s: FakeSheetState) => {
      for (let r = s.values.length - 1; r >= 0; r--) if (s.values[r]!.some((c) => c !== '' && c !== null && c !== undefined)) return r + 1;
      return 0;
    };
    const lastCol = (s: FakeSheetState) => Math.max(0, ...s.values.map((r) => {
      for (let c = r.length - 1; c >= 0; c--) if (r[c] !== '' && r[c] !== undefined) return c + 1;
      return 0;
    }));
    const grid = <T,>(g: T[][], rows: number, cols: number, blank: T) => {
      while (g.length < rows) g.push([]);
      for (const r of g) while (r.length < cols) r.push(blank);
    };
    const range = (s: FakeSheetState, row: number, col: number, rows: number, cols: number): SheetRange => {
      const a1 = `${s.name}!R${row}C${col}:R${row + rows - 1}C${col + cols - 1}`;
      const read = <T,>(g: T[][], blank: T) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => g[row - 1 + r]?.[col - 1 + c] ?? blank));
      const put = <T,>(g: T[][], block: T[][], blank: T) => {
        if (block.length !== rows || block.some((b) => b.length !== cols)) throw new Error(`The data has ${block.length} rows but the range has ${rows}.`);
        grid(g, row - 1 + rows, col - 1 + cols, blank);
        block.forEach((b, r) => b.forEach((v, c) => (g[row - 1 + r]![col - 1 + c] = v)));
      };
      const self = {
        getValues: () => (count('getValues'), read<Cell>(s.values, '')),
        setValues: (v: Cell[][]) => {
          count('setValues');
          write();
          // Text Sheets would run as a formula (no leading apostrophe): recorded, so tests can assert none was ever written.
          for (const x of v.flat()) if (typeof x === 'string' && /^[=+\-@\t\r]/.test(x) && !/^[+-]\d+(?:\.\d+)?$/.test(x)) fake.formulaCellsWritten.push(x);
          put(s.values, v.map((r) => r.map((x) => (typeof x === 'string' && x.startsWith("'") ? x.slice(1) : x))), '');
          return self as unknown as Range;
        },
        getNumberFormats: () => (count('getNumberFormats'), read(s.formats, 'General')),
        setNumberFormats: (f: string[][]) => (count('setNumberFormats'), write(), put(s.formats, f, 'General'), self as unknown as Range),
        setNumberFormat: (f: string) => (count('setNumberFormat'), write(), put(s.formats, Array.from({ length: rows }, () => Array<string>(cols).fill(f)), 'General'), self as unknown as Range),
        setDataValidation: (rule: GoogleAppsScript.Spreadsheet.DataValidation | null) => {
          count('setDataValidation');
          write();
          const r = rule as unknown as { list: string[]; allowInvalid: boolean };
          s.validations.push({ row, col, rows, list: r.list, allowInvalid: r.allowInvalid });
          return self as unknown as Range;
        },
        getBackgrounds: () => (count('getBackgrounds'), read(s.backgrounds, '#ffffff')),
        setBackgrounds: (b: string[][]) => (count('setBackgrounds'), write(), put(s.backgrounds, b, '#ffffff'), self as unknown as Range),
        getNotes: () => (count('getNotes'), read(s.notes, '')),
        setNotes: (n: string[][]) => (count('setNotes'), write(), put(s.notes, n, ''), self as unknown as Range),
        setFontWeight: (_w: string | null) => (count('setFontWeight'), s.bold.push(a1), self as unknown as Range),
        activate: () => (count('activate'), self as unknown as Range),
        protect: () => protection(s, a1),
        a1,
      };
      return self as unknown as SheetRange;
    };
    const protection = (s: FakeSheetState, a1: string | null): SheetProtection => {
      count('protect');
      const p = { description: '', warningOnly: false, range: a1 };
      s.protections.push(p);
      const self = {
        setDescription: (d: string) => ((p.description = d), self),
        setWarningOnly: (w: boolean) => ((p.warningOnly = w), self),
        getEditors: () => [],
        removeEditors: () => self,
        addEditor: () => self,
        canDomainEdit: () => true,
        setDomainEdit: () => self,
      };
      return self as unknown as SheetProtection;
    };
    const sheet = (s: FakeSheetState): SpreadsheetSheet => {
      const self = {
        getName: () => s.name,
        isSheetHidden: () => s.hidden,
        hideSheet: () => ((s.hidden = true), self),
        getLastRow: () => lastRow(s),
        getLastColumn: () => lastCol(s),
        getMaxRows: () => Math.max(1000, s.values.length),
        getMaxColumns: () => Math.max(26, ...s.values.map((r) => r.length)),
        clearContents: () => (count('clearContents'), write(), (s.values = []), self),
        setFrozenRows: (n: number) => (write(), (s.frozenRows = n), undefined),
        activate: () => self,
        insertChart: (chart: unknown) => (write(), s.charts.push(chart as FakeSheetState['charts'][number]), undefined),
        getRange: (row: number, col: number, rows = 1, cols = 1) => range(s, row, col, rows, cols),
        getDataRange: () => range(s, 1, 1, Math.max(1, lastRow(s)), Math.max(1, lastCol(s))),
        protect: () => protection(s, null),
        getConditionalFormatRules: () => (count('getConditionalFormatRules'), s.conditionalRules.map(conditionalRule)),
        setConditionalFormatRules: (rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) => {
          count('setConditionalFormatRules');
          write();
          s.conditionalRules = rules.map((r) => ({ ...(r as unknown as { state: FakeConditionalRule }).state }));
        },
        newChart: () => {
          const spec = { type: '', title: '', ranges: [] as string[] };
          const builder = {
            setChartType: (t: unknown) => ((spec.type = String(t)), builder),
            addRange: (r: unknown) => (spec.ranges.push(String((r as { a1?: string }).a1 ?? 'range')), builder),
            setPosition: () => builder,
            setOption: (k: string, v: unknown) => (k === 'title' && (spec.title = String(v)), builder),
            build: () => spec,
          };
          return builder as unknown as ChartBuilder;
        },
      };
      return self as unknown as SpreadsheetSheet;
    };
    // A rule as Sheets hands it back: its boolean condition holds the formula as the only criteria value.
    const conditionalRule = (state: FakeConditionalRule) =>
      ({
        state,
        getBooleanCondition: () => ({ getCriteriaValues: () => [state.formula], getBackground: () => state.background }),
        getRanges: () => state.ranges.map((a1) => ({ getA1Notation: () => a1 })),
      }) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
    const spreadsheet: SpreadsheetFile = {
      getId: () => fake.spreadsheetId,
      getName: () => fake.spreadsheetName,
      getSpreadsheetTimeZone: () => fake.timeZone,
      setActiveSheet: (() => undefined) as unknown as SpreadsheetFile['setActiveSheet'],
      toast: (() => undefined) as unknown as SpreadsheetFile['toast'],
      getSheets: () => fake.sheets.map(sheet),
      getSheetByName: (name: string) => {
        const s = fake.sheets.find((x) => x.name === name);
        return s ? sheet(s) : null;
      },
      insertSheet: (name: string) => (count('insertSheet'), write(), sheet(fake.addSheet(name))),
      deleteSheet: (target: SpreadsheetSheet) => {
        count('deleteSheet');
        write();
        fake.sheets.splice(fake.sheets.findIndex((s) => s.name === target.getName()), 1);
      },
    };
    const offset = () => (OFFSETS_HOURS[fake.timeZone] ?? 0) * 3_600_000;
    return {
      spreadsheet,
      spreadsheetApp: {
        newDataValidation: () => {
          const rule = { list: [] as string[], allowInvalid: true };
          const builder = {
            requireValueInList: (list: string[]) => ((rule.list = list), builder),
            setAllowInvalid: (a: boolean) => ((rule.allowInvalid = a), builder),
            build: () => rule,
          };
          return builder as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
        },
        newConditionalFormatRule: () => {
          const state: FakeConditionalRule = { formula: '', background: null, ranges: [] };
          const builder = {
            whenFormulaSatisfied: (formula: string) => ((state.formula = formula), builder),
            setBackground: (color: string | null) => ((state.background = color), builder),
            setRanges: (ranges: unknown[]) => ((state.ranges = ranges.map((r) => String((r as { a1?: string }).a1))), builder),
            build: () => conditionalRule(state),
          };
          return builder as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
        },
        flush: () => undefined,
      },
      documentProperties: {
        getProperty: (key: string) => (count('getProperty'), fake.documentProperties.get(key) ?? null),
        setProperty: (key: string, value: string) => (count('setProperty'), fake.documentProperties.set(key, value), undefined as unknown as GoogleAppsScript.Properties.Properties),
        deleteProperty: (key: string) => (count('deleteProperty'), fake.documentProperties.delete(key), undefined as unknown as GoogleAppsScript.Properties.Properties),
      },
      lock: {
        waitLock: () => {
          count('waitLock');
          fake.lockHeld = true;
        },
        releaseLock: () => {
          fake.lockHeld = false;
        },
      },
      utilities: {
        formatDate: (date: GoogleAppsScript.Base.Date, tz: string, _format: string) => new Date((date as unknown as Date).getTime() + (OFFSETS_HOURS[tz] ?? 0) * 3_600_000).toISOString().slice(0, 10),
        parseDate: (text: string, _tz: string, _format: string) => new Date(Date.parse(`${text}T00:00:00Z`) - offset()),
      },
      chartTypes: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE' } as unknown as AppsScriptServices['chartTypes'],
      userEmail: () => fake.email,
    };
  }

  /** ScriptApp, MailApp, DriveApp and a script lock over this fake, counting calls as services() does. */
  automation(): AutomationServices {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const count = (name: string) => (fake.calls[name] = (fake.calls[name] ?? 0) + 1);
    const trigger = (t: FakeTrigger) =>
      ({ getHandlerFunction: () => t.handler, getUniqueId: () => t.id, getEventType: () => t.event, getTriggerSourceId: () => t.sourceId }) as unknown as GoogleAppsScript.Script.Trigger;
    const create = (t: Omit<FakeTrigger, 'id'>) => {
      count('createTrigger');
      // Apps Script's limit: 20 triggers per user per script.
      if (fake.triggers.length >= 20) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
      const made = { ...t, id: `trigger-${++fake.ids}` };
      fake.triggers.push(made);
      return trigger(made);
    };
    const iterator = <T,>(items: T[]) => {
      let i = 0;
      return { hasNext: () => i < items.length, next: () => items[i++]!, getContinuationToken: () => '' };
    };
    const folder = (id: string): GoogleAppsScript.Drive.Folder => {
      if (!fake.driveFolders.has(id)) throw new Error(`No item with the given ID could be found: ${id}`);
      return {
        getId: () => id,
        getName: () => id,
        getFiles: () => (count('getFiles'), iterator(fake.driveFiles.filter((f) => f.folderId === id && !f.trashed).map(file))),
      } as unknown as GoogleAppsScript.Drive.Folder;
    };
    const file = (f: FakeDriveFile): GoogleAppsScript.Drive.File =>
      ({
        getId: () => f.id,
        getName: () => f.name,
        getDateCreated: () => f.created,
        isTrashed: () => f.trashed,
        getParents: () => iterator([folder(f.folderId)]),
        makeCopy: (name: string, destination: GoogleAppsScript.Drive.Folder) => {
          count('makeCopy');
          const copy: FakeDriveFile = { id: `file-${++fake.ids}`, name, folderId: destination.getId(), trashed: false, created: new Date(fake.clock), copyOf: f.id };
          fake.driveFiles.push(copy);
          return file(copy);
        },
        setTrashed: (trashed: boolean) => (count('setTrashed'), (f.trashed = trashed), file(f)),
      }) as unknown as GoogleAppsScript.Drive.File;
    return {
      scriptApp: {
        getProjectTriggers: () => (count('getProjectTriggers'), fake.triggers.map(trigger)),
        deleteTrigger: (t: GoogleAppsScript.Script.Trigger) => {
          count('deleteTrigger');
          const at = fake.triggers.findIndex((x) => x.id === t.getUniqueId());
          if (at >= 0) fake.triggers.splice(at, 1);
        },
        newTrigger: (handler: string) => {
          count('newTrigger');
          return {
            forSpreadsheet: (key: unknown) => {
              const sourceId = typeof key === 'string' ? key : (key as { getId(): string }).getId();
              let event: FakeTrigger['event'] | null = null;
              const builder = {
                onEdit: () => ((event = 'edit'), builder),
                onFormSubmit: () => ((event = 'formSubmit'), builder),
                create: () => {
                  if (!event) throw new Error('The trigger needs an event type.');
                  return create({ handler, event, sourceId });
                },
              };
              return builder;
            },
            timeBased: () => {
              const spec: Omit<FakeTrigger, 'id'> = { handler, event: 'clock', sourceId: null };
              const builder = {
                everyDays: (n: number) => ((spec.everyDays = n), builder),
                atHour: (h: number) => {
                  if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error(`Invalid hour: ${h}`);
                  return (spec.atHour = h), builder;
                },
                inTimezone: (tz: string) => ((spec.timeZone = tz), builder),
                after: (ms: number) => ((spec.afterMs = ms), builder),
                create: () => create(spec),
              };
              return builder;
            },
          } as unknown as GoogleAppsScript.Script.TriggerBuilder;
        },
      },
      mailApp: {
        getRemainingDailyQuota: () => (count('getRemainingDailyQuota'), fake.mailQuota),
        sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
          count('sendEmail');
          const recipients = String(message.to ?? '').split(',').filter((x) => x.trim() !== '').length;
          // What Apps Script throws once the day's recipients are used up.
          if (recipients > fake.mailQuota) throw new Error('Service invoked too many times for one day: email.');
          fake.mailQuota -= recipients;
          fake.mails.push({ to: String(message.to), subject: String(message.subject), body: String(message.body), htmlBody: String(message.htmlBody ?? ''), name: message.name });
        }) as GoogleAppsScript.Mail.MailApp['sendEmail'],
      },
      driveApp: {
        getFileById: (id: string) => {
          count('getFileById');
          const f = fake.driveFiles.find((x) => x.id === id);
          if (!f) throw new Error(`No item with the given ID could be found: ${id}`);
          return file(f);
        },
        getFolderById: (id: string) => (count('getFolderById'), folder(id)),
      },
      scriptLock: { waitLock: () => void count('scriptLock'), releaseLock: () => undefined },
      now: () => fake.clock,
    };
  }

  /** An installable edit trigger's event for rows [row, row + numRows) of a sheet (1-based, as Sheets gives it). */
  editEvent(sheet: string, row: number, numRows = 1): EditEvent {
    return { range: { getRow: () => row, getNumRows: () => numRows, getSheet: () => ({ getName: () => sheet }) } as unknown as EditEvent['range'] };
  }

  /**
   * A Google Form response as Sheets delivers it: the answers appended as a
   * row of the response sheet (Timestamp first), and an event with values
   * in column order and namedValues by question title.
   */
  submitForm(sheet: string, answers: Record<string, string>, timestamp = '2026/11/22 15:04:05'): FormSubmitEvent {
    const state = this.state(sheet);
    const header = (state.values[0] ?? []).map(String);
    const values = header.map((title, c) => (c === 0 ? timestamp : answers[title] ?? ''));
    state.values.push(values);
    const row = state.values.length;
    return {
      values,
      namedValues: Object.fromEntries(header.map((title, c) => [title, [values[c]!]])),
      range: { getRow: () => row, getSheet: () => ({ getName: () => sheet }) } as unknown as FormSubmitEvent['range'],
    };
  }

  /**
   * Apps Script's global objects over this fake, for code that reads them
   * (the built Code.js in a vm sandbox, the sidebar's server in the browser
   * test): nothing else is there.
   */
  globals(options: { locale?: string } = {}): Record<string, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const services = this.services();
    const automation = this.automation();
    const cache = new Map<string, string>();
    const spreadsheet = { ...services.spreadsheet, toast: (message: string) => void fake.toasts.push(message) };
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => spreadsheet,
        getUi: () => ({
          createMenu: (title: string) => {
            const menu = { addItem: (label: string, fn: string) => (fake.menus.push(`${title}/${label}=${fn}`), menu), addSeparator: () => menu, addToUi: () => undefined };
            return menu;
          },
          showSidebar: () => undefined,
        }),
        newDataValidation: services.spreadsheetApp.newDataValidation,
        newConditionalFormatRule: services.spreadsheetApp.newConditionalFormatRule,
        flush: services.spreadsheetApp.flush,
      },
      LockService: { getDocumentLock: () => services.lock, getScriptLock: () => automation.scriptLock },
      Utilities: services.utilities,
      Charts: { ChartType: services.chartTypes },
      Session: { getActiveUserLocale: () => options.locale ?? 'en_US', getActiveUser: () => ({ getEmail: () => fake.email }) },
      PropertiesService: { getDocumentProperties: () => services.documentProperties },
      ScriptApp: automation.scriptApp,
      MailApp: automation.mailApp,
      DriveApp: automation.driveApp,
      CacheService: {
        getDocumentCache: () => ({
          putAll: (o: Record<string, string>) => Object.entries(o).forEach(([k, v]) => cache.set(k, v)),
          get: (k: string) => cache.get(k) ?? null,
          getAll: (keys: string[]) => Object.fromEntries(keys.map((k) => [k, cache.get(k)])),
        }),
      },
      HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
      // Apps Script's console goes to the execution log (Stackdriver); here, to `logs`.
      console: { log: (...a: unknown[]) => void fake.logs.push(a.join(' ')), warn: (...a: unknown[]) => void fake.logs.push(a.join(' ')), error: (...a: unknown[]) => void fake.logs.push(a.join(' ')) },
    };
  }
}
