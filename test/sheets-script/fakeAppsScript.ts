import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppsScriptServices, SheetProtection, SheetRange, SpreadsheetFile, SpreadsheetSheet, ChartBuilder } from '../../sheets-script/src/appsScriptServices';
import type { AutomationServices, EditEvent, FormSubmitEvent } from '../../sheets-script/src/automationServices';
import { typedValue } from './fakeCellTyping';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Cell = string | number | boolean | Date;

/** Offsets of the time zones the tests use (no daylight saving in either). */
const OFFSETS_HOURS: Record<string, number> = { 'Asia/Shanghai': 8, 'America/Phoenix': -7, UTC: 0 };

/**
 * Google's documented limits and behaviours this stand-in enforces (each
 * thrown with the sentence Apps Script uses, where known):
 * - A sheet never grows by itself: a range outside its rows or columns
 *   throws; a new sheet (insertSheet) has 1,000 rows × 26 columns; it grows
 *   only through insertRowsAfter / insertColumnsAfter.
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname
 * - At most 10,000,000 cells in a spreadsheet, counted over every sheet's
 *   full grid (rows × columns), and 50,000 characters in a cell.
 *   https://support.google.com/drive/answer/37603
 * - setValues types strings as typing would unless the cell is plain text
 *   (see fakeCellTyping.ts).
 * - Protection: a new protection's editors are the spreadsheet's editors;
 *   removeEditors never removes the owner or the user running the script
 *   ("Neither the owner of the spreadsheet nor the current user can be
 *   removed"); anyone else then fails to write there, a script included;
 *   warning-only protection lets everyone edit ("every user can edit data
 *   in the area, except editing prompts a warning").
 *   https://developers.google.com/apps-script/reference/spreadsheet/protection
 * - CacheService: 100 KB a value (counted here in UTF-8 bytes), keys of
 *   250 characters, 1,000 items. https://developers.google.com/apps-script/reference/cache/cache
 * - PropertiesService: 9 KB a value, 500 KB a store.
 *   https://developers.google.com/apps-script/guides/services/quotas
 * - Session.getActiveUser() needs the userinfo.email scope, DriveApp
 *   `drive`, MailApp `script.send_mail`, ScriptApp triggers
 *   `script.scriptapp`; an explicit oauthScopes list grants only what it
 *   lists. https://developers.google.com/apps-script/reference/base/session#getactiveuser
 *   https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 * - Two people: the owner, who set Dossier up, and a second editor, who
 *   did not (`asUser`).
 */
export const LIMITS = { cells: 10_000_000, cellChars: 50_000, newSheetRows: 1000, newSheetColumns: 26, cacheValueBytes: 100 * 1024, cacheKeyChars: 250, cacheItems: 1000, propertyValueBytes: 9 * 1024, propertyStoreBytes: 500 * 1024 } as const;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** The scopes the built project asks for (sheets-script/appsscript.json). */
export function manifestScopes(): string[] {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'sheets-script', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export interface FakeProtection {
  description: string;
  warningOnly: boolean;
  /** R1C1 bounds, or null for the whole sheet. */
  range: string | null;
  bounds: { row: number; col: number; rows: number; cols: number } | null;
  editors: string[];
}

export interface FakeSheetState {
  name: string;
  values: Cell[][];
  formats: string[][];
  notes: string[][];
  backgrounds: string[][];
  hidden: boolean;
  frozenRows: number;
  /** The grid's size: a range outside it throws. */
  maxRows: number;
  maxColumns: number;
  validations: Array<{ row: number; col: number; rows: number; list: string[]; allowInvalid: boolean }>;
  protections: FakeProtection[];
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
 * An in-memory stand-in for the Apps Script services Dossier uses, typed
 * against @types/google-apps-script via the port's Picks, enforcing the
 * limits and behaviours listed in LIMITS' comment. It counts calls
 * (getValues, setValues, locks…), so tests see round trips as Apps Script
 * would make them, and models the spreadsheet time zone.
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
  /** CacheService.getDocumentCache(). */
  readonly cache = new Map<string, string>();
  /**
   * Called after each counted service call: a test's way to let another
   * execution run at that moment (google.script.run calls run side by side
   * on Apps Script; in one Node thread they could not interleave otherwise).
   */
  onCall: ((method: string) => void) | null = null;
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
  /** The people who can edit the spreadsheet; the first owns it. */
  readonly editors: string[];
  /** Who is running the script now. */
  user: string;
  /** The OAuth scopes the project was granted (its explicit oauthScopes). */
  scopes: string[] = manifestScopes();
  private ids = 0;
  /** A test's way to make Sheets fail setValues on a sheet (it does, now and then: timeouts, quotas). */
  failWrite: ((sheet: string) => boolean) | null = null;
  /** Bumped by every write through the services (the used range is worked out again then). */
  readonly versions = new WeakMap<FakeSheetState, number>();

  constructor(readonly timeZone = 'Asia/Shanghai', readonly email = 'alice@example.com', readonly spreadsheetId = 'ss-1', readonly spreadsheetName = 'Customer file') {
    this.driveFiles.push({ id: spreadsheetId, name: spreadsheetName, folderId: 'folder-home', trashed: false, created: new Date(Date.UTC(2024, 0, 1)), copyOf: null });
    this.editors = [email, 'bob@example.com'];
    this.user = email;
  }

  get owner(): string {
    return this.editors[0]!;
  }

  /** From now on the script runs as this editor (the second one set nothing up). */
  asUser(email: string): this {
    if (!this.editors.includes(email)) throw new Error(`${email} cannot edit this spreadsheet.`);
    this.user = email;
    return this;
  }

  /** A sheet as it already is in the spreadsheet: cells as stored (not typed again), grid at least 1,000 × 26. */
  addSheet(name: string, values: Cell[][] = []): FakeSheetState {
    const width = Math.max(0, ...values.map((r) => r.length));
    const state: FakeSheetState = {
      name, values: values.map((r) => [...r]), formats: [], notes: [], backgrounds: [], hidden: false, frozenRows: 0,
      maxRows: Math.max(LIMITS.newSheetRows, values.length), maxColumns: Math.max(LIMITS.newSheetColumns, width),
      validations: [], protections: [], charts: [], bold: [], conditionalRules: [],
    };
    this.checkCells(state.maxRows * state.maxColumns);
    this.sheets.push(state);
    return state;
  }

  state(name: string): FakeSheetState {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** A sheet as a script sees it: the used rows × columns (blanks ''), dates as times, and its number formats ('General' where unset). */
  grid(name: string): { values: unknown[][]; formats: string[][] } {
    const state = this.state(name);
    let rows = 0;
    let cols = 0;
    state.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== '' && v !== undefined && v !== null) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }));
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => {
      const v = state.values[r]?.[c];
      return v === undefined || v === null ? '' : Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v;
    }));
    const formats = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => state.formats[r]?.[c] ?? 'General'));
    return { values, formats };
  }

  /** Cells in the spreadsheet (every sheet's full grid), the quantity Google's 10-million limit counts. */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  /** Calls made to the spreadsheet and the other services, all kinds together. */
  totalCalls(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  /** A date cell as Sheets hands it to a script: midnight of that day in the spreadsheet's time zone. */
  dateCell(y: number, m: number, d: number): Date {
    return new Date(Date.UTC(y, m - 1, d) - (OFFSETS_HOURS[this.timeZone] ?? 0) * 3_600_000);
  }

  private checkCells(more: number): void {
    if (this.cellCount() + more > LIMITS.cells) {
      throw new Error(`This action would increase the number of cells in the workbook above the limit of ${LIMITS.cells} cells.`);
    }
  }

  /** Throws unless the scope was granted, as Apps Script does before running the call. */
  requireScope(call: string, scope: string): void {
    const full = `https://www.googleapis.com/auth/${scope}`;
    if (!this.scopes.includes(full)) throw new Error(`You do not have permission to call ${call}. Required permissions: ${full}`);
  }

  services(): AppsScriptServices {
    // The services are closures over this fake's state (arrow functions would do too; a name reads better in the many helpers below).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const count = (name: string) => {
      fake.calls[name] = (fake.calls[name] ?? 0) + 1;
      fake.onCall?.(name);
    };
    // Worked out again only when the values changed (a scan of 2.6 million cells per call would make the stand-in, not the port, the slow part).
    const used = new WeakMap<FakeSheetState, { values: Cell[][]; length: number; version: number; row: number; col: number }>();
    const usedOf = (s: FakeSheetState) => {
      const known = used.get(s);
      const version = fake.versions.get(s) ?? 0;
      if (known && known.values === s.values && known.length === s.values.length && known.version === version) return known;
      const fresh = { values: s.values, length: s.values.length, version, row: scanLastRow(s), col: scanLastCol(s) };
      used.set(s, fresh);
      return fresh;
    };
    const lastRow = (s: FakeSheetState) => usedOf(s).row;
    const lastCol = (s: FakeSheetState) => usedOf(s).col;
    const scanLastRow = (s: FakeSheetState) => {
      for (let r = s.values.length - 1; r >= 0; r--) if (s.values[r]!.some((c) => c !== '' && c !== null && c !== undefined)) return r + 1;
      return 0;
    };
    const scanLastCol = (s: FakeSheetState) => {
      let max = 0;
      for (const r of s.values) {
        for (let c = r.length - 1; c >= max; c--) {
          if (r[c] !== '' && r[c] !== undefined && r[c] !== null) {
            max = c + 1;
            break;
          }
        }
      }
      return max;
    };
    /** A write by the user running the script: refused where a protection that is not warning-only leaves them out. */
    const write = (s: FakeSheetState, area: { row: number; col: number; rows: number; cols: number } | null) => {
      if (!fake.lockHeld) fake.writesOutsideLock++;
      fake.versions.set(s, (fake.versions.get(s) ?? 0) + 1);
      for (const p of s.protections) {
        if (p.warningOnly || p.editors.includes(fake.user)) continue;
        const b = p.bounds;
        const hits = !b || !area || (area.row < b.row + b.rows && b.row < area.row + area.rows && area.col < b.col + b.cols && b.col < area.col + area.cols);
        if (hits) throw new Error(PROTECTED);
      }
    };
    const grid = <T,>(g: T[][], rows: number, cols: number, blank: T) => {
      while (g.length < rows) g.push([]);
      for (let r = 0; r < rows; r++) {
        const line = g[r]!;
        while (line.length < cols) line.push(blank);
      }
    };
    const range = (s: FakeSheetState, row: number, col: number, rows: number, cols: number): SheetRange => {
      if (rows < 1 || cols < 1) throw new Error(`The number of ${rows < 1 ? 'rows' : 'columns'} in the range must be at least 1.`);
      if (row < 1 || col < 1 || row + rows - 1 > s.maxRows || col + cols - 1 > s.maxColumns) throw new Error(OUTSIDE);
      const a1 = `${s.name}!R${row}C${col}:R${row + rows - 1}C${col + cols - 1}`;
      const area = { row, col, rows, cols };
      const read = <T,>(g: T[][], blank: T) => {
        const out: T[][] = new Array(rows);
        for (let r = 0; r < rows; r++) {
          const line = g[row - 1 + r];
          const cells: T[] = new Array(cols);
          for (let c = 0; c < cols; c++) cells[c] = line?.[col - 1 + c] ?? blank;
          out[r] = cells;
        }
        return out;
      };
      const put = <T,>(g: T[][], block: T[][], blank: T, map?: (v: T, r: number, c: number) => T) => {
        if (block.length !== rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${block.length} but the range has ${rows}.`);
        for (const b of block) if (b.length !== cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${b.length} but the range has ${cols}.`);
        grid(g, row - 1 + rows, col - 1 + cols, blank);
        for (let r = 0; r < rows; r++) {
          const line = g[row - 1 + r]!;
          const b = block[r]!;
          for (let c = 0; c < cols; c++) line[col - 1 + c] = map ? map(b[c]!, r, c) : b[c]!;
        }
      };
      const formatAt = (r: number, c: number) => s.formats[row - 1 + r]?.[col - 1 + c] ?? 'General';
      const self = {
        getValues: () => (count('getValues'), read<Cell>(s.values, '')),
        setValues: (v: Cell[][]) => {
          count('setValues');
          write(s, area);
          if (fake.failWrite?.(s.name)) throw new Error('Service Spreadsheets failed while accessing document with id ss-1.');
          put(s.values, v, '', (x, r, c) => {
            if (typeof x !== 'string') return x;
            if (x.length > LIMITS.cellChars) throw new Error(`Your input contains more than the maximum of ${LIMITS.cellChars} characters in a single cell.`);
            const format = formatAt(r, c);
            // Text Sheets would run as a formula (no leading apostrophe): recorded, so tests can assert none was ever written.
            if (format !== '@' && /^[=+\-@\t\r]/.test(x) && !/^[+-]\d+(?:\.\d+)?$/.test(x)) fake.formulaCellsWritten.push(x);
            return typedValue(x, format, (y, m, d) => fake.dateCell(y, m, d));
          });
          return self as unknown as Range;
        },
        getNumberFormats: () => (count('getNumberFormats'), read(s.formats, 'General')),
        setNumberFormats: (f: string[][]) => (count('setNumberFormats'), write(s, area), put(s.formats, f, 'General'), self as unknown as Range),
        setNumberFormat: (f: string) => (count('setNumberFormat'), write(s, area), put(s.formats, Array.from({ length: rows }, () => Array<string>(cols).fill(f)), 'General'), self as unknown as Range),
        setDataValidation: (rule: GoogleAppsScript.Spreadsheet.DataValidation | null) => {
          count('setDataValidation');
          write(s, area);
          const r = rule as unknown as { list: string[]; allowInvalid: boolean };
          s.validations.push({ row, col, rows, list: r.list, allowInvalid: r.allowInvalid });
          return self as unknown as Range;
        },
        getBackgrounds: () => (count('getBackgrounds'), read(s.backgrounds, '#ffffff')),
        setBackgrounds: (b: string[][]) => (count('setBackgrounds'), write(s, area), put(s.backgrounds, b, '#ffffff'), self as unknown as Range),
        getNotes: () => (count('getNotes'), read(s.notes, '')),
        setNotes: (n: string[][]) => (count('setNotes'), write(s, area), put(s.notes, n, ''), self as unknown as Range),
        setFontWeight: (_w: string | null) => (count('setFontWeight'), write(s, area), s.bold.push(a1), self as unknown as Range),
        activate: () => (count('activate'), self as unknown as Range),
        protect: () => protection(s, a1, area),
        a1,
      };
      return self as unknown as SheetRange;
    };
    const protection = (s: FakeSheetState, a1: string | null, bounds: FakeProtection['bounds']): SheetProtection => {
      count('protect');
      // Only who may edit the area may protect it.
      write(s, bounds);
      const p: FakeProtection = { description: '', warningOnly: false, range: a1, bounds, editors: [...fake.editors] };
      s.protections.push(p);
      const self = {
        setDescription: (d: string) => ((p.description = d), self),
        setWarningOnly: (w: boolean) => ((p.warningOnly = w), self),
        getEditors: () => p.editors.map((e) => ({ getEmail: () => e })),
        removeEditors: (users: Array<string | { getEmail(): string }>) => {
          count('removeEditors');
          const gone = new Set(users.map((u) => (typeof u === 'string' ? u : u.getEmail())));
          p.editors = p.editors.filter((e) => !gone.has(e) || e === fake.owner || e === fake.user);
          return self;
        },
        addEditor: (user: string | { getEmail(): string }) => {
          const e = typeof user === 'string' ? user : user.getEmail();
          if (!p.editors.includes(e)) p.editors.push(e);
          return self;
        },
        canDomainEdit: () => false,
        setDomainEdit: () => self,
      };
      return self as unknown as SheetProtection;
    };
    const sheet = (s: FakeSheetState): SpreadsheetSheet => {
      const self = {
        getName: () => s.name,
        isSheetHidden: () => s.hidden,
        hideSheet: () => (count('hideSheet'), write(s, null), (s.hidden = true), self),
        getLastRow: () => lastRow(s),
        getLastColumn: () => lastCol(s),
        getMaxRows: () => s.maxRows,
        getFrozenRows: () => s.frozenRows,
        getMaxColumns: () => s.maxColumns,
        insertRowsAfter: (after: number, howMany: number) => {
          count('insertRowsAfter');
          write(s, null);
          if (after < 1 || after > s.maxRows || howMany < 1) throw new Error('Those rows are out of bounds.');
          fake.checkCells(howMany * s.maxColumns);
          s.maxRows += howMany;
          for (const g of [s.values, s.formats, s.notes, s.backgrounds] as unknown[][][]) if (g.length > after) g.splice(after, 0, ...Array.from({ length: howMany }, () => []));
          return self;
        },
        insertRowsBefore: (before: number, howMany: number) => {
          count('insertRowsBefore');
          write(s, null);
          if (before < 1 || before > s.maxRows || howMany < 1) throw new Error('Those rows are out of bounds.');
          fake.checkCells(howMany * s.maxColumns);
          s.maxRows += howMany;
          for (const g of [s.values, s.formats, s.notes, s.backgrounds] as unknown[][][]) if (g.length >= before) g.splice(before - 1, 0, ...Array.from({ length: howMany }, () => []));
          return self;
        },
        insertColumnsAfter: (after: number, howMany: number) => {
          count('insertColumnsAfter');
          write(s, null);
          if (after < 1 || after > s.maxColumns || howMany < 1) throw new Error('Those columns are out of bounds.');
          fake.checkCells(howMany * s.maxRows);
          s.maxColumns += howMany;
          for (const g of [s.values, s.formats, s.notes, s.backgrounds] as unknown[][][]) for (const line of g) if (line.length > after) line.splice(after, 0, ...Array.from({ length: howMany }, () => undefined));
          return self;
        },
        deleteRows: (from: number, howMany: number) => {
          count('deleteRows');
          write(s, null);
          if (from < 1 || howMany < 1 || from + howMany - 1 > s.maxRows) throw new Error('Those rows are out of bounds.');
          if (howMany >= s.maxRows) throw new Error('You can\'t delete all the rows on the sheet.');
          // The Sheets API and UI refuse this too (github.com/theoephraim/node-google-spreadsheet/issues/186).
          if (howMany >= s.maxRows - s.frozenRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
          s.maxRows -= howMany;
          for (const g of [s.values, s.formats, s.notes, s.backgrounds] as unknown[][][]) g.splice(from - 1, howMany);
        },
        deleteColumns: (from: number, howMany: number) => {
          count('deleteColumns');
          write(s, null);
          if (from < 1 || howMany < 1 || from + howMany - 1 > s.maxColumns) throw new Error('Those columns are out of bounds.');
          if (howMany >= s.maxColumns) throw new Error('You can\'t delete all the columns on the sheet.');
          s.maxColumns -= howMany;
          for (const g of [s.values, s.formats, s.notes, s.backgrounds] as unknown[][][]) for (const line of g) line.splice(from - 1, howMany);
        },
        clearContents: () => (count('clearContents'), write(s, null), (s.values = []), self),
        setFrozenRows: (n: number) => (count('setFrozenRows'), write(s, null), (s.frozenRows = n), undefined),
        activate: () => self,
        insertChart: (chart: unknown) => (count('insertChart'), write(s, null), s.charts.push(chart as FakeSheetState['charts'][number]), undefined),
        getRange: (row: number, col: number, rows = 1, cols = 1) => range(s, row, col, rows, cols),
        getDataRange: () => range(s, 1, 1, Math.max(1, lastRow(s)), Math.max(1, lastCol(s))),
        protect: () => protection(s, null, null),
        getConditionalFormatRules: () => (count('getConditionalFormatRules'), s.conditionalRules.map(conditionalRule)),
        setConditionalFormatRules: (rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) => {
          count('setConditionalFormatRules');
          write(s, null);
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
      getSheets: () => (count('getSheets'), fake.sheets.map(sheet)),
      getSheetByName: (name: string) => {
        count('getSheetByName');
        const s = fake.sheets.find((x) => x.name === name);
        return s ? sheet(s) : null;
      },
      insertSheet: (name: string) => {
        count('insertSheet');
        if (!fake.lockHeld) fake.writesOutsideLock++;
        if (fake.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
        return sheet(fake.addSheet(name));
      },
      deleteSheet: (target: SpreadsheetSheet) => {
        count('deleteSheet');
        const at = fake.sheets.findIndex((s) => s.name === target.getName());
        write(fake.sheets[at]!, null);
        if (fake.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
        fake.sheets.splice(at, 1);
      },
    };
    const offset = () => (OFFSETS_HOURS[fake.timeZone] ?? 0) * 3_600_000;
    const storeBytes = () => [...fake.documentProperties].reduce((n, [k, v]) => n + utf8Length(k) + utf8Length(v), 0);
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
        flush: () => void count('flush'),
      },
      documentProperties: {
        getProperty: (key: string) => (count('getProperty'), fake.documentProperties.get(key) ?? null),
        setProperty: (key: string, value: string) => {
          count('setProperty');
          if (utf8Length(value) > LIMITS.propertyValueBytes) throw new Error('Argument too large: value');
          const previous = fake.documentProperties.get(key);
          fake.documentProperties.set(key, value);
          if (storeBytes() > LIMITS.propertyStoreBytes) {
            if (previous === undefined) fake.documentProperties.delete(key);
            else fake.documentProperties.set(key, previous);
            throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
          }
          return undefined as unknown as GoogleAppsScript.Properties.Properties;
        },
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
      userEmail: () => {
        fake.requireScope('Session.getActiveUser', 'userinfo.email');
        return fake.user;
      },
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
        getProjectTriggers: () => (fake.requireScope('ScriptApp.getProjectTriggers', 'script.scriptapp'), count('getProjectTriggers'), fake.triggers.map(trigger)),
        deleteTrigger: (t: GoogleAppsScript.Script.Trigger) => {
          fake.requireScope('ScriptApp.deleteTrigger', 'script.scriptapp');
          count('deleteTrigger');
          const at = fake.triggers.findIndex((x) => x.id === t.getUniqueId());
          if (at >= 0) fake.triggers.splice(at, 1);
        },
        newTrigger: (handler: string) => {
          fake.requireScope('ScriptApp.newTrigger', 'script.scriptapp');
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
        getRemainingDailyQuota: () => (fake.requireScope('MailApp.getRemainingDailyQuota', 'script.send_mail'), count('getRemainingDailyQuota'), fake.mailQuota),
        sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
          fake.requireScope('MailApp.sendEmail', 'script.send_mail');
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
          fake.requireScope('DriveApp.getFileById', 'drive');
          count('getFileById');
          const f = fake.driveFiles.find((x) => x.id === id);
          if (!f) throw new Error(`No item with the given ID could be found: ${id}`);
          return file(f);
        },
        getFolderById: (id: string) => (fake.requireScope('DriveApp.getFolderById', 'drive'), count('getFolderById'), folder(id)),
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
    // Google appends the response, growing the response sheet itself.
    state.maxRows = Math.max(state.maxRows, row);
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
    const cache = fake.cache;
    // Cache.put and putAll: keys up to 250 characters, values up to 100 KB; at most 1,000 items, the oldest going first.
    const putAll = (o: Record<string, string>) => {
      for (const [k, v] of Object.entries(o)) {
        if (k.length > LIMITS.cacheKeyChars) throw new Error('Argument too large: key');
        if (utf8Length(v) > LIMITS.cacheValueBytes) throw new Error('Argument too large: value');
      }
      for (const [k, v] of Object.entries(o)) cache.set(k, v);
      while (cache.size > LIMITS.cacheItems) cache.delete(cache.keys().next().value!);
    };
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
      Session: { getActiveUserLocale: () => options.locale ?? 'en_US', getActiveUser: () => ({ getEmail: services.userEmail }) },
      PropertiesService: { getDocumentProperties: () => services.documentProperties },
      ScriptApp: automation.scriptApp,
      MailApp: automation.mailApp,
      DriveApp: automation.driveApp,
      CacheService: {
        getDocumentCache: () => ({
          putAll: (o: Record<string, string>) => {
            fake.calls.cachePutAll = (fake.calls.cachePutAll ?? 0) + 1;
            putAll(o);
          },
          put: (k: string, v: string) => {
            fake.calls.cachePut = (fake.calls.cachePut ?? 0) + 1;
            putAll({ [k]: v });
          },
          get: (k: string) => cache.get(k) ?? null,
          getAll: (keys: string[]) => Object.fromEntries(keys.filter((k) => cache.has(k)).map((k) => [k, cache.get(k)])),
        }),
      },
      HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
      // Apps Script's console goes to the execution log (Stackdriver); here, to `logs`.
      console: { log: (...a: unknown[]) => void fake.logs.push(a.join(' ')), warn: (...a: unknown[]) => void fake.logs.push(a.join(' ')), error: (...a: unknown[]) => void fake.logs.push(a.join(' ')) },
    };
  }
}
