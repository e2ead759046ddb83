import type { AppsScriptServices, SheetProtection, SheetRange, SpreadsheetFile, SpreadsheetSheet, ChartBuilder } from '../../sheets-script/src/appsScriptServices';

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

  constructor(readonly timeZone = 'Asia/Shanghai', readonly email = 'alice@example.com') {}

  addSheet(name: string, values: Cell[][] = []): FakeSheetState {
    const state: FakeSheetState = { name, values: values.map((r) => [...r]), formats: [], notes: [], backgrounds: [], hidden: false, frozenRows: 0, validations: [], protections: [], charts: [], bold: [] };
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
        setValues: (v: Cell[][]) => (count('setValues'), write(), put(s.values, v.map((r) => r.map((x) => (typeof x === 'string' && x.startsWith("'") ? x.slice(1) : x))), ''), self as unknown as Range),
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
    const spreadsheet: SpreadsheetFile = {
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
        flush: () => undefined,
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
}
