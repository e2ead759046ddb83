import type {
  ExcelAnnotation,
  ExcelComment,
  ExcelCommentCollection,
  ExcelConditionalFormat,
  ExcelNoteCollection,
  ExcelContext,
  ExcelRange,
  ExcelRun,
  ExcelValueType,
  ExcelWorkbook,
  ExcelWorksheet,
  ExcelWorksheetProtectionOptions,
} from '../../excel-addin/src/excelSubset';

/**
 * A typed in-memory Excel: the object-model subset the Office.js port uses
 * (`ExcelContext`, which the real @types/office-js classes are proven to
 * satisfy), with Office.js's batching semantics:
 * - commands queue until `context.sync()`, which counts one round trip;
 * - a property can be read only after it was loaded and synced;
 * - a request or response over the payload limit fails whole
 *   (`RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`)
 *   and nothing of it is applied, like Excel on the web's 5 MB limit;
 * - writes to a protected sheet fail with `AccessDenied`;
 * - text written as a value is coerced as Excel does when typed
 *   (numbers, formulas, error literals) unless the cell is formatted `@`;
 * - only the documented size errors are size errors: RequestPayloadSizeLimitExceeded
 *   and ResponsePayloadSizeLimitExceeded (Excel on the web, 5 MB) and
 *   RangeExceedsLimit (a read of more than 5,000,000 cells). Other failures
 *   (`failSync`, e.g. GeneralException: "an internal error") are not about
 *   size, and commands queued before the failing one stay applied.
 *   learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 *   learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * - a list validation's inline source is at most 255 characters (longer is
 *   refused, InvalidArgument) and its items are separated by commas; a source
 *   starting with `=` is a range whose cells are the items;
 * - a person typing a value a list lacks is refused when the validation's
 *   error alert is Stop, which is the default (DataValidationAlertStyle: "The
 *   default is Stop", learn.microsoft.com/javascript/api/excel/excel.datavalidationalertstyle),
 *   and accepted after a warning with Warning or Information.
 */

export interface FakeCell {
  value: string | number | boolean;
  /** Error literal (`#N/A`) when the cell holds an error. */
  error?: string;
  /** Set when Excel would have read the text as a formula. */
  formula?: string;
  format?: string;
  formatSeq?: number;
  fill?: string;
  bold?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string; screenTip?: string };
}

interface Region {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface RegionSetting<T> extends Region {
  value: T;
  seq: number;
}

export type FakeAlertStyle = 'Stop' | 'Warning' | 'Information';

/** A data validation as Excel keeps it: the list's source and the error alert shown to a person typing. */
export interface FakeValidation {
  /** Inline items (`A,B,C`) or a range reference (`='Lists'!$A$1:$A$9`); '' when cleared. */
  source: string;
  alert: { showAlert: boolean; style: FakeAlertStyle; title: string; message: string };
}

/** Excel's defaults for a new rule: an alert is shown, and it is Stop (the value is refused). */
const DEFAULT_ALERT: FakeValidation['alert'] = { showAlert: true, style: 'Stop', title: '', message: '' };
/** The longest inline list source Excel accepts: 255 UTF-16 code units (sources in excel-addin/src/lists/inlineListSource.ts). */
export const INLINE_LIST_LIMIT = 255;
/** Cells a single read may load (resource limits: "a range is limited to five million cells for get operations"). */
const READ_CELL_LIMIT = 5_000_000;

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: (FakeCell | undefined)[][];
  regionFormats: RegionSetting<string>[];
  locks: RegionSetting<boolean>[];
  validations: RegionSetting<FakeValidation>[];
  protection: { protected: boolean; options: ExcelWorksheetProtectionOptions };
  frozenRows: number;
  notes: Array<{ row: number; col: number; content: string }>;
  comments: Array<{ row: number; col: number; content: string }>;
  tables: string[];
  charts: Array<{ type: string; source: Region; title: string; position: string; series: number[] }>;
  selected: { row: number; col: number } | null;
  changeHandlers: Array<(eventArgs: { address: string; source: string }) => Promise<unknown>>;
  conditionalFormats: Array<{ id: string; region: Region; formula: string; fill: string }>;
  page: { printArea: string | null; orientation: 'Portrait' | 'Landscape'; zoom: { horizontalFitToPages?: number; verticalFitToPages?: number } };
}

export interface FakeExcelOptions {
  /** Bytes a request may carry (Excel on the web: 5 MB). */
  requestLimit?: number;
  responseLimit?: number;
  /**
   * Milliseconds each context.sync() spends travelling to Excel and back.
   * Every sync is a round trip from the add-in to the document, through the
   * network in Office on the web (learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern),
   * and its Promise resolves when Excel has done the batch
   * (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
   * it settles on a later task, so the pane paints and takes clicks in
   * between. 0 (the default) settles at once, for tests that count syncs.
   */
  roundTripMs?: number;
}

type Op = { bytes: number; apply: (response: { bytes: number }) => void };

const ERROR_LITERALS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!']);

function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

function covers(region: Region, row: number, col: number): boolean {
  return row >= region.row && row < region.row + region.rows && col >= region.col && col < region.col + region.cols;
}

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON (TextEncoder, so the fake also runs in a browser). */
function utf8Bytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/** Parses `A1`, `B2:D9` and `'Sheet'!C3` (the forms the port writes). */
export function parseAddress(address: string): { sheet: string | null; region: Region } {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? null : address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  const [start, end] = address.slice(bang + 1).split(':') as [string, string | undefined];
  const cell = (a1: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!match) throw officeError('InvalidArgument', `bad address ${address}`);
    let col = 0;
    for (const ch of match[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(match[2]) - 1, col: col - 1 };
  };
  const a = cell(start);
  const b = end ? cell(end) : a;
  return { sheet, region: { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 } };
}

function a1(row: number, col: number, rows: number, cols: number): string {
  const letters = (c: number) => {
    let out = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    return out;
  };
  const start = `${letters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${letters(col + cols - 1)}${row + rows}`;
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/**
 * A formula with each A1 reference to `sheetName` (unqualified ones only
 * when the formula is on it) passed through `move`, which gets the 1-based
 * first and last row of a cell or range and returns them moved, or null when
 * the rows are gone (`#REF!`). Text in double quotes is left alone.
 */
function moveFormulaRows(formula: string, sheetName: string, onSheet: boolean, move: (first: number, last: number) => [number, number] | null): string {
  const reference = /(?<![\w$.'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\w(])/g;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(reference, (match: string, prefix: string | undefined, col1: string, row1: string, col2: string | undefined, row2: string | undefined) => {
        const target = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
        if (target === null ? !onSheet : target !== sheetName) return match;
        const moved = move(Number(row1), Number(row2 ?? row1));
        if (moved === null) return '#REF!';
        return `${prefix ?? ''}${col1}${moved[0]}${col2 === undefined ? '' : `:${col2}${moved[1]}`}`;
      });
    })
    .join('');
}

/** Rows in at grid row `row` (0-based): references at or below move down, so a range the insertion falls inside widens. */
function rowsInserted(row: number, count: number): (first: number, last: number) => [number, number] {
  const move = (r: number) => (r > row ? r + count : r);
  return (first, last) => [move(first), move(last)];
}

/** Rows out from grid row `row` (0-based): references below move up, a range losing rows shrinks, a reference to only deleted rows is #REF!. */
function rowsDeleted(row: number, count: number): (first: number, last: number) => [number, number] | null {
  return (first, last) => {
    const start = first <= row ? first : first <= row + count ? row + 1 : first - count;
    const end = last <= row ? last : last <= row + count ? row : last - count;
    return start > end ? null : [start, end];
  };
}

export class FakeExcel {
  syncs = 0;
  /** Bytes of every request that reached the workbook (rejected ones included). */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  rejectedRequests = 0;
  maxCellsPerLoad = 0;
  readonly sheets: FakeSheet[] = [];
  private seq = 0;
  readonly requestLimit: number;
  readonly responseLimit: number;

  constructor(private readonly options: FakeExcelOptions = {}) {
    this.requestLimit = options.requestLimit ?? 5 * 1024 * 1024;
    this.responseLimit = options.responseLimit ?? 5 * 1024 * 1024;
  }

  /** `Excel.run` for the port. */
  readonly run: ExcelRun = async (batch) => batch(new FakeContext(this));

  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>> = [], formats?: ReadonlyArray<ReadonlyArray<string>>): FakeSheet {
    const sheet = this.createSheet(name);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell: FakeCell = typeof value === 'string' && ERROR_LITERALS.has(value) ? { value, error: value } : { value };
        (sheet.cells[r] ??= [])[c] = cell;
      }),
    );
    formats?.forEach((line, r) => line.forEach((format, c) => format && this.setFormat(sheet, r, c, format)));
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw officeError('ItemNotFound', `no sheet ${name}`);
    return sheet;
  }

  /** Plain values of a sheet's used area, as a test sees them. */
  values(name: string): Array<Array<string | number | boolean | null>> {
    const sheet = this.sheet(name);
    const used = this.usedRegion(sheet);
    if (!used) return [];
    return Array.from({ length: used.row + used.rows }, (_, r) => Array.from({ length: used.col + used.cols }, (_, c) => {
      const value = sheet.cells[r]?.[c]?.value;
      return value === undefined || value === '' ? null : value;
    }));
  }

  /** A person typing into the grid: the values change, then every onChanged handler hears of it (as Excel raises it). */
  async userEdit(name: string, row: number, col: number, block: ReadonlyArray<ReadonlyArray<string | number>>): Promise<void> {
    const sheet = this.sheet(name);
    block.forEach((line, r) => line.forEach((value, c) => this.writeValue(sheet, row + r, col + c, value)));
    const width = Math.max(...block.map((line) => line.length));
    const address = a1(row, col, block.length, width);
    await Promise.all(sheet.changeHandlers.map((handler) => handler({ address, source: 'Local' })));
  }

  /**
   * A person typing into the grid where a list validation may apply: a value
   * the list lacks is refused under a Stop alert (nothing changes, the error
   * names the alert) and kept under Warning or Information, as Excel does
   * after the person answers the alert with Yes / OK.
   */
  async userType(name: string, row: number, col: number, value: string | number): Promise<{ warned: boolean }> {
    const sheet = this.sheet(name);
    const validation = this.validationRuleAt(sheet, row, col);
    let warned = false;
    if (validation && String(value) !== '') {
      const items = this.listItems(validation.source).map((item) => item.toLowerCase());
      if (!items.includes(String(value).trim().toLowerCase()) && validation.alert.showAlert) {
        if (validation.alert.style === 'Stop') throw officeError('DataValidationStop', `"${value}" is not in the list; the Stop alert refuses it`);
        warned = true;
      }
    }
    await this.userEdit(name, row, col, [[value]]);
    return { warned };
  }

  /** The items a list source offers: inline comma-separated text, or the cells of a referenced range. */
  listItems(source: string): string[] {
    if (!source.startsWith('=')) return source.split(',').map((item) => item.trim()).filter((item) => item !== '');
    const { sheet, region } = parseAddress(source.slice(1).replace(/\$/g, ''));
    const target = this.sheet(sheet ?? '');
    const items: string[] = [];
    for (let r = region.row; r < region.row + region.rows; r++) {
      for (let c = region.col; c < region.col + region.cols; c++) {
        const value = target.cells[r]?.[c]?.value;
        if (value !== undefined && value !== '') items.push(String(value));
      }
    }
    return items;
  }

  cell(name: string, row: number, col: number): FakeCell | undefined {
    return this.sheet(name).cells[row]?.[col];
  }

  formatAt(sheet: FakeSheet, row: number, col: number): string {
    const cell = sheet.cells[row]?.[col];
    let best = cell?.format !== undefined ? { value: cell.format, seq: cell.formatSeq ?? 0 } : { value: 'General', seq: -1 };
    for (const region of sheet.regionFormats) if (region.seq > best.seq && covers(region, row, col)) best = region;
    return best.value;
  }

  lockedAt(sheet: FakeSheet, row: number, col: number): boolean {
    let best = { value: true, seq: -1 };
    for (const region of sheet.locks) if (region.seq > best.seq && covers(region, row, col)) best = region;
    return best.value;
  }

  /** The list a cell's dropdown offers (its items, wherever they come from), or null. */
  validationAt(sheet: FakeSheet, row: number, col: number): string[] | null {
    const rule = this.validationRuleAt(sheet, row, col);
    return rule ? this.listItems(rule.source) : null;
  }

  validationRuleAt(sheet: FakeSheet, row: number, col: number): FakeValidation | null {
    let best: RegionSetting<FakeValidation> | null = null;
    for (const region of sheet.validations) if ((!best || region.seq > best.seq) && covers(region, row, col)) best = region;
    return best && best.value.source !== '' ? best.value : null;
  }

  usedRegion(sheet: FakeSheet): Region | null {
    let minRow = Infinity, minCol = Infinity, maxRow = -1, maxCol = -1;
    sheet.cells.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell || cell.value === '') return;
        minRow = Math.min(minRow, r); maxRow = Math.max(maxRow, r);
        minCol = Math.min(minCol, c); maxCol = Math.max(maxCol, c);
      }),
    );
    return maxRow < 0 ? null : { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
  }

  // ---- used by the proxies at sync time ----

  createSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) throw officeError('ItemAlreadyExists');
    const sheet: FakeSheet = {
      name, visibility: 'Visible', cells: [], regionFormats: [], locks: [], validations: [],
      protection: { protected: false, options: {} }, frozenRows: 0, notes: [], comments: [], tables: [], charts: [], selected: null, changeHandlers: [], conditionalFormats: [], page: { printArea: null, orientation: 'Portrait', zoom: {} },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  setFormat(sheet: FakeSheet, row: number, col: number, format: string): void {
    const cell = ((sheet.cells[row] ??= [])[col] ??= { value: '' });
    cell.format = format;
    cell.formatSeq = this.nextSeq();
  }

  writeValue(sheet: FakeSheet, row: number, col: number, value: unknown): void {
    const line = (sheet.cells[row] ??= []);
    const cell = (line[col] ??= { value: '' });
    delete cell.error;
    delete cell.formula;
    if (typeof value === 'string' && this.formatAt(sheet, row, col) !== '@') {
      const trimmed = value.trim();
      if (/^[=+\-@]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
        cell.formula = value;
        cell.value = 0;
      } else if (ERROR_LITERALS.has(trimmed)) {
        cell.error = trimmed;
        cell.value = trimmed;
      } else if (trimmed !== '' && /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(trimmed)) {
        cell.value = Number(trimmed);
      } else {
        cell.value = value;
      }
      return;
    }
    cell.value = value as string | number | boolean;
  }

  /**
   * Inserting whole rows, as Excel does it: the rows at and below `row` move
   * down with their values, notes and the regions set on them; a region the
   * insertion falls inside grows; every formula in the workbook that refers
   * to this sheet follows: references at or below the insertion move down
   * and a range the insertion falls inside widens (SUM(D4:D5) becomes
   * SUM(D4:D7) when two rows go in at row 5), with `$` or without
   * (support.microsoft.com: "Insert or delete rows and columns";
   * www.bettersolutions.com/excel/formulas/automatic-formula-expansion.htm).
   * A protected sheet refuses it unless its protection allows inserting rows.
   * Rows pushed off the bottom of the grid would lose data: Excel refuses that.
   */
  insertRows(sheet: FakeSheet, row: number, count: number): void {
    if (sheet.protection.protected && !sheet.protection.options.allowInsertRows) throw officeError('AccessDenied', 'the sheet is protected');
    if (sheet.cells.length + count > EXCEL_ROWS && sheet.cells.slice(EXCEL_ROWS - count).some((line) => line?.some((cell) => cell && cell.value !== ''))) {
      throw officeError('InsertDeleteConflict', 'the insertion would push cells off the worksheet');
    }
    if (row < sheet.cells.length) sheet.cells.splice(row, 0, ...Array.from({ length: count }, (): (FakeCell | undefined)[] => []));
    const moveRegion = (region: Region) => {
      if (region.row >= row) region.row += count;
      else if (region.row + region.rows > row) region.rows += count;
    };
    for (const list of [sheet.regionFormats, sheet.locks, sheet.validations]) list.forEach(moveRegion);
    sheet.conditionalFormats.forEach((rule) => moveRegion(rule.region));
    sheet.charts.forEach((chart) => moveRegion(chart.source));
    for (const note of [...sheet.notes, ...sheet.comments]) if (note.row >= row) note.row += count;
    for (const other of this.sheets) {
      for (const line of other.cells) {
        for (const cell of line ?? []) {
          if (cell?.formula) cell.formula = moveFormulaRows(cell.formula, sheet.name, other === sheet, rowsInserted(row, count));
        }
      }
    }
  }

  /**
   * Deleting whole rows, as Excel does it: the rows below move up with their
   * values, notes and regions; a region losing rows shrinks (and goes when
   * all its rows go); every formula referring to the sheet follows: a range
   * that loses rows shrinks (SUM(D4:D7) becomes SUM(D4:D5) when two of its
   * rows go), a reference to a deleted cell becomes #REF! (support.microsoft.com:
   * "Insert or delete rows and columns"). A protected sheet refuses unless its
   * protection allows deleting rows.
   */
  deleteRows(sheet: FakeSheet, row: number, count: number): void {
    if (sheet.protection.protected && !sheet.protection.options.allowDeleteRows) throw officeError('AccessDenied', 'the sheet is protected');
    sheet.cells.splice(row, count);
    const shrink = (region: Region): boolean => {
      const end = region.row + region.rows;
      const cutStart = Math.max(region.row, row);
      const cutEnd = Math.min(end, row + count);
      const cut = Math.max(0, cutEnd - cutStart);
      region.rows -= cut;
      if (region.row >= row + count) region.row -= count;
      else if (region.row > row) region.row = row;
      return region.rows > 0;
    };
    sheet.regionFormats = sheet.regionFormats.filter(shrink);
    sheet.locks = sheet.locks.filter(shrink);
    sheet.validations = sheet.validations.filter(shrink);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => shrink(rule.region));
    sheet.charts.forEach((chart) => shrink(chart.source));
    const keepNote = (note: { row: number }) => note.row < row || note.row >= row + count;
    sheet.notes = sheet.notes.filter(keepNote);
    sheet.comments = sheet.comments.filter(keepNote);
    for (const note of [...sheet.notes, ...sheet.comments]) if (note.row >= row + count) note.row -= count;
    for (const other of this.sheets) {
      for (const line of other.cells) {
        for (const cell of line ?? []) {
          if (cell?.formula) cell.formula = moveFormulaRows(cell.formula, sheet.name, other === sheet, rowsDeleted(row, count));
        }
      }
    }
  }

  assertWritable(sheet: FakeSheet, region: Region | null): void {
    if (!sheet.protection.protected) return;
    if (region === null) throw officeError('AccessDenied', 'the sheet is protected');
    for (let r = region.row; r < region.row + region.rows; r++) {
      for (let c = region.col; c < region.col + region.cols; c++) if (this.lockedAt(sheet, r, c)) throw officeError('AccessDenied', 'the cell is locked');
    }
  }

  /**
   * Makes the sync numbered `sync` (1-based, counting every sync of this
   * workbook) fail with `code`, a failure that is not about size: the first
   * half of its commands are applied, the rest dropped, as when Excel stops
   * at a failing command.
   */
  failSync(sync: number, code = 'GeneralException'): void {
    this.failures.set(sync, code);
  }

  private readonly failures = new Map<number, string>();

  async process(queue: Op[]): Promise<void> {
    if (this.options.roundTripMs) await new Promise((resolve) => setTimeout(resolve, this.options.roundTripMs));
    this.syncs++;
    const request = queue.reduce((sum, op) => sum + op.bytes, 0);
    this.requestBytes.push(request);
    if (request > this.requestLimit) {
      this.rejectedRequests++;
      throw officeError('RequestPayloadSizeLimitExceeded');
    }
    const failure = this.failures.get(this.syncs);
    if (failure) {
      for (const op of queue.slice(0, Math.floor(queue.length / 2))) op.apply({ bytes: 0 });
      throw officeError(failure, 'There was an internal error while processing the request.');
    }
    const response = { bytes: 0 };
    // Like Excel: commands before a failing one stay applied; the rest of the batch is dropped.
    for (const op of queue) op.apply(response);
    this.responseBytes.push(response.bytes);
    if (response.bytes > this.responseLimit) {
      this.rejectedRequests++;
      throw officeError('ResponsePayloadSizeLimitExceeded');
    }
  }
}

class FakeContext implements ExcelContext {
  readonly queue: Op[] = [];
  readonly workbook: ExcelWorkbook;
  private pendingLoads: Array<() => void> = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(bytes: number, apply: (response: { bytes: number }) => void): void {
    this.queue.push({ bytes: bytes + 40, apply });
  }

  /** Loaded data becomes readable only after the sync succeeds. */
  onLoaded(commit: () => void): void {
    this.pendingLoads.push(commit);
  }

  async sync(): Promise<void> {
    const queue = this.queue.splice(0);
    this.pendingLoads = [];
    try {
      await this.excel.process(queue);
    } catch (error) {
      this.pendingLoads = [];
      throw error;
    }
    const commits = this.pendingLoads;
    this.pendingLoads = [];
    for (const commit of commits) commit();
  }
}

function notLoaded(name: string): Error {
  return new Error(`PropertyNotLoaded: "${name}" was read before load() and context.sync()`);
}

class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

class FakeWorksheetCollection extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  get items(): ExcelWorksheet[] {
    return this.get('items');
  }

  load(_propertyNames: string): unknown {
    this.ctx.enqueue(0, (response) => {
      const snapshot = this.ctx.excel.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
      response.bytes += utf8Bytes(snapshot);
      this.ctx.onLoaded(() => this.loaded.set('items', snapshot.map((s) => new FakeWorksheet(this.ctx, s.name, s))));
    });
    return this;
  }

  getItem(key: string): ExcelWorksheet {
    return new FakeWorksheet(this.ctx, key);
  }

  add(name?: string): ExcelWorksheet {
    const sheetName = name ?? `Sheet${this.ctx.excel.sheets.length + 1}`;
    this.ctx.enqueue(utf8Bytes(sheetName), () => this.ctx.excel.createSheet(sheetName));
    return new FakeWorksheet(this.ctx, sheetName);
  }
}

class FakeWorksheet extends Loadable implements ExcelWorksheet {
  readonly protection: ExcelWorksheet['protection'];
  readonly freezePanes: ExcelWorksheet['freezePanes'];
  readonly pageLayout: ExcelWorksheet['pageLayout'];
  readonly tables: ExcelWorksheet['tables'];
  readonly charts: ExcelWorksheet['charts'];
  readonly notes: ExcelNoteCollection;
  readonly comments: ExcelCommentCollection;
  readonly onChanged: ExcelWorksheet['onChanged'];

  constructor(private readonly ctx: FakeContext, private readonly sheetName: string, loaded?: { name: string; visibility: string }) {
    super();
    if (loaded) {
      this.loaded.set('name', loaded.name);
      this.loaded.set('visibility', loaded.visibility);
    }
    const sheet = () => ctx.excel.sheet(sheetName);
    const protectionLoaded = new Map<string, unknown>();
    this.protection = {
      get protected() {
        if (!protectionLoaded.has('protected')) throw notLoaded('protection.protected');
        return protectionLoaded.get('protected') as boolean;
      },
      get options() {
        if (!protectionLoaded.has('options')) throw notLoaded('protection.options');
        return protectionLoaded.get('options') as ExcelWorksheetProtectionOptions;
      },
      load: (names: string) => {
        ctx.enqueue(0, (response) => {
          const state = sheet().protection;
          const copy = { protected: state.protected, options: { ...state.options } };
          response.bytes += utf8Bytes(copy);
          ctx.onLoaded(() => names.split(',').forEach((n) => protectionLoaded.set(n.trim(), copy[n.trim() as 'protected' | 'options'])));
        });
        return undefined;
      },
      protect: (options?: ExcelWorksheetProtectionOptions) =>
        ctx.enqueue(utf8Bytes(options ?? {}), () => {
          const state = sheet().protection;
          if (state.protected) throw officeError('InvalidOperation', 'the sheet is already protected');
          state.protected = true;
          state.options = { ...(options ?? {}) };
        }),
      unprotect: () =>
        ctx.enqueue(0, () => {
          sheet().protection.protected = false;
        }),
    };
    // excel.pagelayout: setPrintArea takes an address string or range; orientation and zoom are write-through
    // properties (ExcelApi 1.9). Fit-to-pages counts are whole numbers; a negative count is refused, as Excel does.
    const page = () => sheet().page;
    this.pageLayout = {
      setPrintArea: (printArea: string) =>
        ctx.enqueue(utf8Bytes(printArea), () => {
          if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(printArea)) throw officeError('InvalidArgument', `bad print area ${printArea}`);
          page().printArea = printArea;
        }),
      get zoom() {
        return { ...page().zoom };
      },
      set zoom(options) {
        ctx.enqueue(32, () => {
          for (const n of [options.horizontalFitToPages, options.verticalFitToPages]) if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw officeError('InvalidArgument', 'fit-to-pages must be a whole number ≥ 0');
          page().zoom = { ...options };
        });
      },
      get orientation() {
        return page().orientation;
      },
      set orientation(value) {
        ctx.enqueue(8, () => {
          page().orientation = value;
        });
      },
    };
    this.freezePanes = {
      freezeRows: (count?: number) =>
        ctx.enqueue(8, () => {
          sheet().frozenRows = count ?? 0;
        }),
    };
    this.tables = {
      add: (address: string, _hasHeaders: boolean) => {
        ctx.enqueue(utf8Bytes(address), () => {
          ctx.excel.assertWritable(sheet(), null);
          sheet().tables.push(address);
        });
        return { style: 'TableStyleMedium2' };
      },
    };
    this.charts = {
      add: (type: string, sourceData: FakeRange) => {
        const source = sourceData.region ?? { row: 0, col: 0, rows: 0, cols: 0 };
        // Series by columns: one per column after the first (offsets from the source's first column).
        const chart = { type, source, title: '', position: '', series: Array.from({ length: Math.max(0, source.cols - 1) }, (_, k) => k + 1) };
        ctx.enqueue(60, () => {
          ctx.excel.assertWritable(sheet(), null);
          sheet().charts.push(chart);
        });
        return {
          title: {
            get text() {
              return chart.title;
            },
            set text(value: string) {
              ctx.enqueue(utf8Bytes(value), () => (chart.title = value));
            },
          },
          setPosition: (startCell: string) => ctx.enqueue(utf8Bytes(startCell), () => (chart.position = startCell)),
          series: {
            getItemAt: (index: number) => ({
              delete: () =>
                ctx.enqueue(8, () => {
                  if (index >= chart.series.length) throw officeError('ItemNotFound');
                  chart.series.splice(index, 1);
                }),
            }),
          },
        };
      },
    };
    this.onChanged = {
      add: (handler) => {
        ctx.enqueue(0, () => sheet().changeHandlers.push(handler));
        return {
          context: ctx,
          remove: () =>
            ctx.enqueue(0, () => {
              const handlers = sheet().changeHandlers;
              if (handlers.includes(handler)) handlers.splice(handlers.indexOf(handler), 1);
            }),
        };
      },
    };
    this.notes = new FakeAnnotations(ctx, sheetName, 'notes');
    this.comments = new FakeAnnotations(ctx, sheetName, 'comments');
  }

  get name(): string {
    return this.get('name');
  }

  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.get('visibility');
  }

  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(12, () => {
      this.ctx.excel.sheet(this.sheetName).visibility = value;
    });
  }

  get isNullObject(): boolean {
    return false;
  }

  load(_propertyNames: string): unknown {
    this.ctx.enqueue(0, (response) => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      response.bytes += utf8Bytes([sheet.name, sheet.visibility]);
      this.ctx.onLoaded(() => {
        this.loaded.set('name', sheet.name);
        this.loaded.set('visibility', sheet.visibility);
      });
    });
    return this;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): ExcelRange {
    return new FakeRange(this.ctx, this.sheetName, null);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange {
    return new FakeRange(this.ctx, this.sheetName, { row: startRow, col: startColumn, rows: rowCount, cols: columnCount });
  }

  getCell(row: number, column: number): ExcelRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  activate(): void {
    this.ctx.enqueue(0, () => this.ctx.excel.sheet(this.sheetName));
  }

  delete(): void {
    this.ctx.enqueue(0, () => {
      const index = this.ctx.excel.sheets.findIndex((s) => s.name === this.sheetName);
      if (index < 0) throw officeError('ItemNotFound');
      this.ctx.excel.sheets.splice(index, 1);
    });
  }
}

class FakeAnnotations extends Loadable implements ExcelNoteCollection, ExcelCommentCollection {
  constructor(private readonly ctx: FakeContext, private readonly sheetName: string, private readonly kind: 'notes' | 'comments') {
    super();
  }

  get items(): ExcelComment[] {
    return this.get('items');
  }

  load(_propertyNames: string): unknown {
    this.ctx.enqueue(0, (response) => {
      const list = this.ctx.excel.sheet(this.sheetName)[this.kind];
      const sheetName = this.sheetName;
      const ctx = this.ctx;
      const items = list.map((entry) => ({
        content: entry.content,
        // The cell's range; its address (`'Sheet'!B7`) is readable after load + sync, like any range property.
        getLocation: () => {
          let address: string | null = null;
          return {
            get address(): string {
              if (address === null) throw notLoaded('address');
              return address;
            },
            load: () => {
              ctx.enqueue(0, (res) => {
                const value = `'${sheetName.replace(/'/g, "''")}'!${a1(entry.row, entry.col, 1, 1)}`;
                res.bytes += utf8Bytes(value);
                ctx.onLoaded(() => (address = value));
              });
              return undefined;
            },
          };
        },
        delete: () =>
          this.ctx.enqueue(0, () => {
            const index = list.indexOf(entry);
            if (index >= 0) list.splice(index, 1);
          }),
      }));
      response.bytes += utf8Bytes(items.map((i) => i.content));
      this.ctx.onLoaded(() => this.loaded.set('items', items));
    });
    return this;
  }

  getItemOrNullObject(key: string): ExcelAnnotation & { readonly isNullObject: boolean; load(propertyNames: string): unknown } {
    const loaded = new Map<string, unknown>();
    const read = <T,>(name: string): T => {
      if (!loaded.has(name)) throw notLoaded(name);
      return loaded.get(name) as T;
    };
    let entry: { row: number; col: number; content: string } | undefined;
    const list = () => this.ctx.excel.sheet(this.sheetName)[this.kind];
    return {
      get isNullObject() {
        return read<boolean>('isNullObject');
      },
      get content() {
        return read<string>('content');
      },
      load: () => {
        this.ctx.enqueue(utf8Bytes(key), (response) => {
          const { region } = parseAddress(key);
          entry = list().find((n) => n.row === region.row && n.col === region.col);
          response.bytes += utf8Bytes(entry?.content ?? null);
          const found = entry;
          this.ctx.onLoaded(() => {
            loaded.set('isNullObject', !found);
            if (found) loaded.set('content', found.content);
          });
        });
        return undefined;
      },
      delete: () =>
        this.ctx.enqueue(0, () => {
          const index = entry ? list().indexOf(entry) : -1;
          if (index < 0) throw officeError('ItemNotFound');
          list().splice(index, 1);
        }),
    };
  }

  add(cellAddress: string, content: string): unknown {
    this.ctx.enqueue(utf8Bytes([cellAddress, content]), () => {
      const { sheet, region } = parseAddress(cellAddress);
      const target = this.ctx.excel.sheet(sheet ?? this.sheetName);
      this.ctx.excel.assertWritable(target, null);
      if (target[this.kind].some((n) => n.row === region.row && n.col === region.col)) throw officeError('InvalidArgument', 'the cell already has one');
      target[this.kind].push({ row: region.row, col: region.col, content });
    });
    return undefined;
  }
}

class FakeRange extends Loadable implements ExcelRange {
  readonly format: ExcelRange['format'];
  readonly dataValidation: ExcelRange['dataValidation'];
  readonly conditionalFormats: ExcelRange['conditionalFormats'];

  /** `region` null: the used range, resolved when loaded. */
  constructor(private readonly ctx: FakeContext, private readonly sheetName: string, public region: Region | null) {
    super();
    const sheet = () => ctx.excel.sheet(sheetName);
    const target = () => {
      if (!this.region) throw new Error('the fake resolves a used range only by loading it');
      return this.region;
    };
    const eachCell = (fn: (r: number, c: number) => void) => {
      const region = target();
      // Bounded to cells that exist: a whole-column region stays cheap.
      const rows = sheet().cells;
      for (let r = region.row; r < Math.min(region.row + region.rows, rows.length); r++) {
        const line = rows[r];
        if (!line) continue;
        for (let c = region.col; c < Math.min(region.col + region.cols, line.length); c++) if (line[c]) fn(r, c);
      }
    };
    this.format = {
      fill: {
        get color(): string {
          throw notLoaded('format.fill.color');
        },
        set color(value: string) {
          ctx.enqueue(utf8Bytes(value), () => {
            ctx.excel.assertWritable(sheet(), null);
            const region = target();
            for (let r = region.row; r < region.row + region.rows; r++) {
              for (let c = region.col; c < region.col + region.cols; c++) ((sheet().cells[r] ??= [])[c] ??= { value: '' }).fill = value;
            }
          });
        },
        clear: () =>
          ctx.enqueue(0, () => {
            ctx.excel.assertWritable(sheet(), null);
            eachCell((r, c) => delete sheet().cells[r]![c]!.fill);
          }),
      },
      font: {
        get bold(): boolean {
          throw notLoaded('format.font.bold');
        },
        set bold(value: boolean) {
          ctx.enqueue(8, () => {
            ctx.excel.assertWritable(sheet(), null);
            const region = target();
            for (let r = region.row; r < region.row + region.rows; r++) {
              for (let c = region.col; c < region.col + region.cols; c++) ((sheet().cells[r] ??= [])[c] ??= { value: '' }).bold = value;
            }
          });
        },
      },
      protection: {
        get locked(): boolean {
          throw notLoaded('format.protection.locked');
        },
        set locked(value: boolean) {
          ctx.enqueue(8, () => {
            ctx.excel.assertWritable(sheet(), null);
            sheet().locks.push({ ...target(), value, seq: ctx.excel.nextSeq() });
          });
        },
      },
    };
    this.conditionalFormats = {
      add: (_type: 'Custom'): ExcelConditionalFormat => {
        const rule = { id: '', region: target(), formula: '', fill: '' };
        const loaded = new Map<string, unknown>();
        ctx.enqueue(20, () => {
          ctx.excel.assertWritable(sheet(), null);
          rule.id = `{cf-${ctx.excel.nextSeq()}}`;
          sheet().conditionalFormats.push(rule);
        });
        return {
          get id() {
            if (!loaded.has('id')) throw notLoaded('conditionalFormat.id');
            return loaded.get('id') as string;
          },
          load: () => {
            ctx.enqueue(0, (response) => {
              response.bytes += utf8Bytes(rule.id);
              ctx.onLoaded(() => loaded.set('id', rule.id));
            });
            return undefined;
          },
          custom: {
            rule: {
              get formula(): string {
                throw notLoaded('custom.rule.formula');
              },
              set formula(value: string) {
                ctx.enqueue(utf8Bytes(value), () => (rule.formula = value));
              },
            },
            format: {
              fill: {
                get color(): string {
                  throw notLoaded('custom.format.fill.color');
                },
                set color(value: string) {
                  ctx.enqueue(utf8Bytes(value), () => (rule.fill = value));
                },
              },
            },
          },
        };
      },
      getItem: (id: string) => ({
        delete: () =>
          ctx.enqueue(utf8Bytes(id), () => {
            const list = sheet().conditionalFormats;
            const index = list.findIndex((r) => r.id === id);
            if (index < 0) throw officeError('ItemNotFound');
            ctx.excel.assertWritable(sheet(), null);
            list.splice(index, 1);
          }),
      }),
    };
    // One record per region: a rule and its alert; clear() leaves an empty one.
    const validationHere = () => {
      const region = target();
      const list = sheet().validations;
      for (let k = list.length - 1; k >= 0; k--) {
        const v = list[k]!;
        if (v.row === region.row && v.col === region.col && v.rows === region.rows && v.cols === region.cols) return v;
      }
      return null;
    };
    this.dataValidation = {
      clear: () =>
        ctx.enqueue(0, () => {
          ctx.excel.assertWritable(sheet(), null);
          sheet().validations.push({ ...target(), value: { source: '', alert: { ...DEFAULT_ALERT } }, seq: ctx.excel.nextSeq() });
        }),
      get rule(): ExcelRange['dataValidation']['rule'] {
        throw notLoaded('dataValidation.rule');
      },
      set rule(rule: ExcelRange['dataValidation']['rule']) {
        ctx.enqueue(utf8Bytes(rule), () => {
          ctx.excel.assertWritable(sheet(), null);
          const source = String(rule.list?.source ?? '');
          if (!source.startsWith('=') && source.length > INLINE_LIST_LIMIT) throw officeError('InvalidArgument', `a list source of ${source.length} characters (the limit is ${INLINE_LIST_LIMIT})`);
          if (source.startsWith('=')) ctx.excel.listItems(source); // a reference to a missing sheet fails here, as Excel refuses it
          const alert = validationHere()?.value.alert ?? { ...DEFAULT_ALERT };
          sheet().validations.push({ ...target(), value: { source, alert }, seq: ctx.excel.nextSeq() });
        });
      },
      get errorAlert(): ExcelRange['dataValidation']['errorAlert'] {
        throw notLoaded('dataValidation.errorAlert');
      },
      set errorAlert(alert: ExcelRange['dataValidation']['errorAlert']) {
        ctx.enqueue(utf8Bytes(alert), () => {
          ctx.excel.assertWritable(sheet(), null);
          const value = { showAlert: alert.showAlert, style: alert.style as FakeAlertStyle, title: alert.title, message: alert.message };
          const here = validationHere();
          if (here) here.value.alert = value;
          else sheet().validations.push({ ...target(), value: { source: '', alert: value }, seq: ctx.excel.nextSeq() });
        });
      },
    };
  }

  get values(): unknown[][] {
    return this.get('values');
  }

  set values(block: unknown[][]) {
    const region = this.region;
    this.ctx.enqueue(utf8Bytes(block), () => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (!region) throw new Error('the fake writes only to explicit ranges');
      if (block.length !== region.rows || block.some((line) => line.length !== region.cols)) throw officeError('InvalidArgument', 'the array does not match the range');
      this.ctx.excel.assertWritable(sheet, region);
      block.forEach((line, r) => line.forEach((value, c) => value !== null && this.ctx.excel.writeValue(sheet, region.row + r, region.col + c, value)));
    });
  }

  get formulas(): unknown[][] {
    return this.get('formulas');
  }

  /** Formulas in, constants coerced as typed (text under `@` stays text): the port writes back what it loaded. */
  set formulas(block: unknown[][]) {
    const region = this.region;
    this.ctx.enqueue(utf8Bytes(block), () => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (!region) throw new Error('the fake writes only to explicit ranges');
      if (block.length !== region.rows || block.some((line) => line.length !== region.cols)) throw officeError('InvalidArgument', 'the array does not match the range');
      this.ctx.excel.assertWritable(sheet, region);
      block.forEach((line, r) => line.forEach((value, c) => value !== null && this.ctx.excel.writeValue(sheet, region.row + r, region.col + c, value)));
    });
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }

  set numberFormat(block: unknown[][]) {
    const region = this.region;
    this.ctx.enqueue(utf8Bytes(block), () => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (!region) throw new Error('the fake formats only explicit ranges');
      this.ctx.excel.assertWritable(sheet, null);
      if (block.length === 1 && block[0]!.length === 1) {
        sheet.regionFormats.push({ ...region, value: String(block[0]![0]), seq: this.ctx.excel.nextSeq() });
        return;
      }
      if (block.length !== region.rows || block.some((line) => line.length !== region.cols)) throw officeError('InvalidArgument', 'the array does not match the range');
      block.forEach((line, r) => line.forEach((format, c) => format !== null && this.ctx.excel.setFormat(sheet, region.row + r, region.col + c, String(format))));
    });
  }

  get hyperlink(): { documentReference?: string; textToDisplay?: string; screenTip?: string } {
    throw notLoaded('hyperlink');
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    const region = this.region;
    this.ctx.enqueue(utf8Bytes(link), () => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (!region || region.rows * region.cols !== 1) throw new Error('the fake links single cells only');
      this.ctx.excel.assertWritable(sheet, null);
      const cell = ((sheet.cells[region.row] ??= [])[region.col] ??= { value: '' });
      cell.hyperlink = { ...link };
      // Excel shows the link's text in the cell.
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }

  get valueTypes(): ExcelValueType[][] {
    return this.get('valueTypes');
  }

  get rowIndex(): number {
    return this.get('rowIndex');
  }

  get columnIndex(): number {
    return this.get('columnIndex');
  }

  get rowCount(): number {
    return this.get('rowCount');
  }

  get columnCount(): number {
    return this.get('columnCount');
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  load(propertyNames: string): unknown {
    const names = propertyNames.split(',').map((n) => n.trim());
    this.ctx.enqueue(utf8Bytes(names), (response) => {
      const excel = this.ctx.excel;
      const sheet = excel.sheet(this.sheetName);
      const region = this.region ?? excel.usedRegion(sheet);
      const data = new Map<string, unknown>([['isNullObject', region === null]]);
      if (region) {
        data.set('rowIndex', region.row).set('columnIndex', region.col).set('rowCount', region.rows).set('columnCount', region.cols);
        const grid = (fn: (r: number, c: number) => unknown) => Array.from({ length: region.rows }, (_, r) => Array.from({ length: region.cols }, (_, c) => fn(region.row + r, region.col + c)));
        if (names.some((n) => n === 'values' || n === 'numberFormat' || n === 'valueTypes' || n === 'formulas')) {
          if (region.rows * region.cols > READ_CELL_LIMIT) throw officeError('RangeExceedsLimit');
          excel.maxCellsPerLoad = Math.max(excel.maxCellsPerLoad, region.rows * region.cols);
        }
        if (names.includes('values')) data.set('values', grid((r, c) => sheet.cells[r]?.[c]?.value ?? ''));
        if (names.includes('numberFormat')) data.set('numberFormat', grid((r, c) => excel.formatAt(sheet, r, c)));
        if (names.includes('formulas')) data.set('formulas', grid((r, c) => sheet.cells[r]?.[c]?.formula ?? sheet.cells[r]?.[c]?.value ?? ''));
        if (names.includes('valueTypes')) data.set('valueTypes', grid((r, c) => valueTypeOf(sheet.cells[r]?.[c])));
      }
      for (const name of names) if (data.has(name)) response.bytes += utf8Bytes(data.get(name));
      this.ctx.onLoaded(() => {
        if (!this.region && region) this.region = region;
        for (const [name, value] of data) this.loaded.set(name, value);
      });
    });
    return this;
  }

  getCell(row: number, column: number): ExcelRange {
    if (!this.region) throw new Error('the fake needs an explicit range here');
    return new FakeRange(this.ctx, this.sheetName, { row: this.region.row + row, col: this.region.col + column, rows: 1, cols: 1 });
  }

  getEntireRow(): ExcelRange {
    if (!this.region) throw new Error('the fake needs an explicit range here');
    return new FakeRange(this.ctx, this.sheetName, { row: this.region.row, col: 0, rows: this.region.rows, cols: EXCEL_COLUMNS });
  }

  /** Whole rows shifted down, as Excel inserts them (see FakeExcel.insertRows); other shapes are not used by the port. */
  insert(shift: 'Down' | Excel.InsertShiftDirection): unknown {
    const region = this.region;
    this.ctx.enqueue(16, () => {
      if (!region || shift !== 'Down' || region.col !== 0 || region.cols !== EXCEL_COLUMNS) throw new Error('the fake inserts whole rows, shifted down, only');
      this.ctx.excel.insertRows(this.ctx.excel.sheet(this.sheetName), region.row, region.rows);
    });
    return this;
  }

  /** Whole rows deleted, shifted up (see FakeExcel.deleteRows); other shapes are not used by the port. */
  delete(shift: 'Up' | Excel.DeleteShiftDirection): void {
    const region = this.region;
    this.ctx.enqueue(16, () => {
      if (!region || shift !== 'Up' || region.col !== 0 || region.cols !== EXCEL_COLUMNS) throw new Error('the fake deletes whole rows, shifted up, only');
      this.ctx.excel.deleteRows(this.ctx.excel.sheet(this.sheetName), region.row, region.rows);
    });
  }

  clear(_applyTo: 'Contents'): void {
    const region = this.region;
    this.ctx.enqueue(0, () => {
      const sheet = this.ctx.excel.sheet(this.sheetName);
      if (!region) throw new Error('the fake clears only explicit ranges');
      this.ctx.excel.assertWritable(sheet, region.rows * region.cols > 1e6 ? null : region);
      sheet.cells.forEach((line, r) =>
        line?.forEach((cell, c) => {
          if (cell && covers(region, r, c)) {
            cell.value = '';
            delete cell.error;
            delete cell.formula;
          }
        }),
      );
    });
  }

  select(): void {
    const region = this.region;
    this.ctx.enqueue(0, () => {
      this.ctx.excel.sheet(this.sheetName).selected = region ? { row: region.row, col: region.col } : null;
    });
  }
}

function valueTypeOf(cell: FakeCell | undefined): ExcelValueType {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}
