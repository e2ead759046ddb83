import type { CellValue } from '../../core/cell';
import { restoreNeutralized } from '../../core/output/neutralizeFormula';
import { columnOfReference, rangeOfReference } from './cellReference';
import type { SheetExtent } from './assertSheetExtent';
import { DamagedEntryError } from './entryText';
import { decodeOoxmlEscapes } from './ooxmlEscapes';
import type { CellStyles } from './readStyles';
import type { XmlAttributes, XmlHandler } from './xmlTokenizer';

const DAY_MS = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system; the 1904 system counts 1462 days fewer. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
/** Excel's sheet: 1,048,576 rows by 16,384 columns. A reference beyond is a damaged or hostile file, not a bigger sheet. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export interface SheetRows {
  /** One array per sheet row (row 1 first), each as long as its last cell; rows the sheet leaves out are empty. */
  readonly values: CellValue[][];
  /** Number format codes of cells with one ('' or absent for General); rows without any are left out. */
  readonly formats: string[][];
}

/**
 * Reads a worksheet's rows as the XML streams past: row and column numbers
 * are the sheet's own (a sheet starting at row 3 keeps two empty rows
 * above), values as the core takes them (shared strings, cached formula
 * results, dates at UTC midnight where the cell's number format shows a
 * date, errors as CellError). After sheetData only the merges are read.
 */
export class SheetReader implements XmlHandler {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  done = false;
  /** What the sheet lays out, counted on the way for the bounds a hostile file is refused by (assertSheetExtent). */
  readonly extent: SheetExtent = { cells: 0, maxRow: 0, maxCol: 0, merges: [] };
  private row: CellValue[] | null = null;
  private rowFormats: string[] | null = null;
  private rowIndex = -1;
  private col = -1;
  private type = '';
  private style = 0;
  private content = '';
  private capturing = false;
  private hasValue = false;
  private phonetic = 0;
  private readonly epoch: number;
  /** 9999-12-31, the last date Excel shows, in this workbook's date system. */
  private readonly lastSerial: number;

  constructor(
    private readonly strings: readonly string[],
    private readonly styles: CellStyles,
    date1904: boolean,
    /** Dates shared by day across the workbook: a birthday column is thousands of cells over a few thousand days. */
    private readonly days: Map<number, Date>,
    private readonly onRow?: (rowIndex: number) => void,
  ) {
    this.epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
    this.lastSerial = date1904 ? 2_957_003 : 2_958_465;
  }

  open(name: string, a: XmlAttributes, selfClosing: boolean): void {
    if (this.done && name !== 'mergeCell') return;
    switch (name) {
      case 'c': {
        const ref = a.r;
        const col = ref === undefined ? -1 : columnOfReference(ref);
        this.col = col >= 0 ? col : this.col + 1;
        if (this.col >= MAX_COLUMNS) throw new DamagedEntryError(`cell ${ref ?? ''} lies beyond Excel's last column`);
        this.extent.cells++;
        if (this.col >= this.extent.maxCol) this.extent.maxCol = this.col + 1;
        this.type = a.t ?? 'n';
        this.style = a.s === undefined ? 0 : Number(a.s);
        this.content = '';
        this.hasValue = false;
        if (selfClosing) this.hasValue = false;
        break;
      }
      case 'v':
        if (!selfClosing) {
          this.capturing = true;
          this.hasValue = true;
        }
        break;
      case 't':
        if (this.row !== null && this.phonetic === 0 && !selfClosing) {
          this.capturing = true;
          this.hasValue = true;
        }
        break;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        break;
      case 'mergeCell': {
        const range = a.ref === undefined ? null : rangeOfReference(a.ref);
        if (range) this.extent.merges.push(range);
        break;
      }
      case 'row': {
        const r = a.r === undefined ? NaN : Number(a.r);
        this.rowIndex = r >= 1 ? r - 1 : this.rowIndex + 1;
        if (this.rowIndex >= MAX_ROWS) throw new DamagedEntryError(`row ${this.rowIndex + 1} lies beyond Excel's last row`);
        if (this.rowIndex >= this.extent.maxRow) this.extent.maxRow = this.rowIndex + 1;
        this.row = [];
        this.rowFormats = null;
        this.col = -1;
        break;
      }
    }
  }

  close(name: string): void {
    if (this.done) return;
    switch (name) {
      case 'v':
      case 't':
        this.capturing = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        if (this.row !== null) this.cell();
        break;
      case 'row':
        if (this.row !== null) {
          const row = this.row;
          for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
          this.values[this.rowIndex] = row;
          if (this.rowFormats !== null) this.formats[this.rowIndex] = this.rowFormats;
          this.onRow?.(this.rowIndex);
        }
        this.row = null;
        break;
      case 'sheetData':
        this.done = true;
        break;
    }
  }

  text(text: string): void {
    if (this.capturing) this.content += text;
  }

  /** Rows the sheet left out, as empty rows, so row numbers stay the sheet's own. */
  rows(): CellValue[][] {
    const values = this.values;
    for (let r = 0; r < values.length; r++) if (values[r] === undefined) values[r] = [];
    return values;
  }

  private cell(): void {
    const format = this.styles.formats[this.style] ?? '';
    if (format !== '') {
      if (this.rowFormats === null) this.rowFormats = [];
      this.rowFormats[this.col] = format;
    }
    if (!this.hasValue) return;
    const text = this.content;
    let value: CellValue;
    switch (this.type) {
      case 's': {
        const s = this.strings[Number(text)];
        value = s === undefined || s === '' ? null : s;
        break;
      }
      case 'str':
      case 'inlineStr':
        value = text === '' ? null : restoreNeutralized(decodeOoxmlEscapes(text));
        break;
      case 'b':
        value = text === '1' || text === 'true';
        break;
      case 'e':
        value = { error: text };
        break;
      case 'd':
        value = this.day(Date.parse(text));
        break;
      default: {
        if (text === '') return;
        const n = Number(text);
        // A serial beyond Excel's dates (0 to 9999-12-31) stays the number it is: the core reports it as an unreadable date and every output keeps it.
        value = this.styles.isDate[this.style] === true && n >= 0 && n <= this.lastSerial ? this.day(Math.round((n - this.epoch) * DAY_MS)) : n;
      }
    }
    this.row![this.col] = value;
  }

  /** The UTC midnight of a moment, one Date per day. */
  private day(ms: number): CellValue {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor(ms / DAY_MS);
    let date = this.days.get(day);
    if (date === undefined) {
      date = new Date(day * DAY_MS);
      this.days.set(day, date);
    }
    return date;
  }
}
