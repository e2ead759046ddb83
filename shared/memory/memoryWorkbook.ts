import { sameCellValue, type CellValue } from '../core/cell';
import { DossierError } from '../core/errors';
import type { CellMark, ChartSpec, ColumnFormat, PrintSetup, SheetData, SheetInfo, TableBlock, WorkbookPort } from '../core/port/workbookPort';

/** Everything the memory port holds for one sheet; writers and tests read it. */
export interface MemorySheet {
  name: string;
  /** A read hands these rows out frozen; a write replaces a handed-out row before changing it, so a grid read never changes under its holder. */
  values: (readonly CellValue[])[];
  /** Rows this port made since the last read (indexed by row): not handed out yet, so written in place. */
  ownRows: boolean[];
  /** Per-cell number formats, same shape as values where set ('' = General). */
  formats: string[][];
  /**
   * Which row as made (read from the file) each row is, -1 for a row added
   * since; null while no row has moved (row r is the row made at r). A file
   * writer copies a moved row from its source (formulas and all) instead of
   * writing its values anew.
   */
  origin: number[] | null;
  columnFormats: ColumnFormat[];
  marks: CellMark[];
  frozenRows: number;
  hidden: boolean;
  protection: { headerRows?: number; warningOnly?: boolean } | null;
  tables: Array<{ row: number; col: number; table: TableBlock }>;
  charts: ChartSpec[];
  print: PrintSetup | null;
}

export interface MemorySheetInput {
  name: string;
  values: CellValue[][];
  formats?: string[][];
  hidden?: boolean;
}

/**
 * A workbook held in memory: the fourth port. It serves the command line
 * (files are read into it and written from it), the browser preview, the
 * tests and the benchmarks. `calls` counts every port call, so tests can
 * assert that an operation's round trips do not grow with rows.
 *
 * A read hands out the stored rows themselves, frozen, and a later write
 * copies a handed-out row once before changing it: reading 100,000 rows
 * costs no copy of 2.6 million cells, and writing a column over them
 * copies each row once, not once per column. Date cells are shared too;
 * nothing in Dossier mutates a Date.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly calls: Record<string, number> = {};
  private readonly sheets: MemorySheet[] = [];

  constructor(private readonly user: string | null = null) {}

  /**
   * A workbook of these sheets. With `adopt`, the rows given (dense, no
   * holes, nobody else's) are kept and frozen instead of copied: a file
   * reader hands over a million rows it made for this workbook alone.
   */
  static fromSheets(sheets: readonly MemorySheetInput[], user: string | null = null, options: { adopt?: boolean } = {}): MemoryWorkbook {
    const workbook = new MemoryWorkbook(user);
    for (const input of sheets) {
      workbook.sheets.push({
        ...emptySheet(input.name),
        values: options.adopt ? input.values.map((row) => Object.freeze(row)) : input.values.map((row) => Object.freeze(copyRow(row))),
        formats: input.formats ? (options.adopt ? input.formats : input.formats.map((row) => [...row])) : [],
        hidden: input.hidden ?? false,
      });
    }
    return workbook;
  }

  /** Sheet names in workbook order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The live state of a sheet (for writers and tests; port users go through readSheet). */
  sheet(name: string): MemorySheet {
    return this.find(name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.count('listSheets');
    return this.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rowCount: usedRows(s.values), columnCount: usedColumns(s.values) }));
  }

  async readSheet(name: string, options?: { formats?: boolean }): Promise<SheetData> {
    this.count('readSheet');
    const sheet = this.find(name);
    const rows = usedRows(sheet.values);
    const cols = usedColumns(sheet.values);
    for (let r = 0; r < sheet.ownRows.length; r++) if (sheet.ownRows[r] === true) Object.freeze(sheet.values[r]);
    sheet.ownRows = [];
    const values = sheet.values.slice(0, rows).map((row) => (row.length === cols ? row : Object.freeze(resized(row, cols))));
    const data: SheetData = { name: sheet.name, values };
    if (options?.formats) {
      // Rows without formats (all of a .csv's) share one frozen row of General: 100,000 rows need not be 100,000 arrays of ''.
      const general = Object.freeze(new Array<string>(cols).fill(''));
      data.formats = Array.from({ length: rows }, (_, r) => {
        const line = sheet.formats[r];
        return line === undefined || line.length === 0 ? (general as string[]) : Array.from({ length: cols }, (_, c) => line[c] ?? '');
      });
    }
    return data;
  }

  async writeValues(sheet: string, row: number, col: number, values: CellValue[][]): Promise<void> {
    this.count('writeValues');
    writeBlock(this.find(sheet), row, col, values);
  }

  /** Values only: rows below move down with their values; a totals row keeps the figures it had (this port holds no formulas). */
  async insertRows(sheet: string, row: number, count: number): Promise<void> {
    this.count('insertRows');
    const target = this.find(sheet);
    if (row >= target.values.length) return;
    const blank = Array.from({ length: count }, (): readonly CellValue[] => []);
    originOf(target).splice(row, 0, ...blank.map(() => -1));
    target.values.splice(row, 0, ...blank);
    if (target.ownRows.length > row) target.ownRows.splice(row, 0, ...blank.map(() => true));
    if (target.formats.length > row) target.formats.splice(row, 0, ...blank.map((): string[] => []));
    target.marks = target.marks.map((m) => (m.row >= row ? { ...m, row: m.row + count } : m));
  }

  /** Values only, as `insertRows`: one pass over the sheet whatever the number of runs. */
  async insertRowsAt(sheet: string, rows: readonly number[]): Promise<void> {
    this.count('insertRowsAt');
    const target = this.find(sheet);
    const at = new Set(rows);
    const length = target.values.length + at.size;
    const values: Array<readonly CellValue[]> = [];
    const ownRows: boolean[] = [];
    const formats: string[][] = [];
    const moved = new Int32Array(target.values.length);
    const wasOrigin = originOf(target);
    const origin: number[] = [];
    let from = 0;
    for (let r = 0; r < length && from < target.values.length; r++) {
      if (at.has(r)) {
        values.push([]);
        ownRows.push(true);
        formats.push([]);
        origin.push(-1);
        continue;
      }
      moved[from] = r;
      origin.push(wasOrigin[from]!);
      values.push(target.values[from]!);
      ownRows.push(target.ownRows[from] === true);
      formats.push(target.formats[from] ?? []);
      from++;
    }
    target.values = values;
    target.ownRows = ownRows;
    target.origin = origin;
    if (target.formats.length > 0) target.formats = formats;
    target.marks = target.marks.map((m) => (m.row < moved.length ? { ...m, row: moved[m.row]! } : m));
  }

  /** Values only: the rows below move up; a totals row keeps the figures it had (this port holds no formulas). */
  async deleteRows(sheet: string, rows: readonly number[]): Promise<void> {
    this.count('deleteRows');
    const target = this.find(sheet);
    const gone = new Set(rows);
    const newIndex = new Int32Array(target.values.length).fill(-1);
    let kept = 0;
    for (let r = 0; r < target.values.length; r++) if (!gone.has(r)) newIndex[r] = kept++;
    target.origin = originOf(target).filter((_, r) => !gone.has(r));
    target.values = target.values.filter((_, r) => !gone.has(r));
    target.ownRows = target.ownRows.filter((_, r) => !gone.has(r));
    target.formats = target.formats.filter((_, r) => !gone.has(r));
    target.marks = target.marks.filter((m) => m.row >= newIndex.length || newIndex[m.row]! >= 0).map((m) => (m.row < newIndex.length ? { ...m, row: newIndex[m.row]! } : m));
  }

  async replaceValues(sheet: string, values: CellValue[][]): Promise<void> {
    this.count('replaceValues');
    const target = this.find(sheet);
    target.values = values.map(copyRow);
    target.ownRows = target.values.map(() => true);
    // Every row rewritten in place: row r is compared with the row made at r again, as before any move.
    target.origin = null;
  }

  async addSheet(name: string, options?: { hidden?: boolean }): Promise<void> {
    this.count('addSheet');
    if (this.hasSheet(name)) throw new DossierError('sheet.exists', { en: `A sheet named "${name}" already exists.`, zh: `已存在名为"${name}"的工作表。` });
    this.sheets.push({ ...emptySheet(name), hidden: options?.hidden ?? false });
  }

  async deleteSheet(name: string): Promise<void> {
    this.count('deleteSheet');
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw notFound(name);
    this.sheets.splice(index, 1);
  }

  async formatColumns(sheet: string, formats: ColumnFormat[]): Promise<void> {
    this.count('formatColumns');
    const target = this.find(sheet);
    for (const format of formats) {
      target.columnFormats = target.columnFormats.filter((f) => f.col !== format.col);
      target.columnFormats.push({ ...format, list: format.list ? [...format.list] : undefined });
    }
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    this.count('markCells');
    this.find(sheet).marks = marks.map((m) => ({ ...m }));
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    this.count('freezeRows');
    this.find(sheet).frozenRows = rows;
  }

  async writeTable(sheet: string, row: number, col: number, table: TableBlock): Promise<void> {
    this.count('writeTable');
    const target = this.find(sheet);
    const block: CellValue[][] = [];
    if (table.title) block.push([table.title]);
    block.push([...table.header], ...table.rows.map((r) => [...r]));
    target.tables.push({ row, col, table: { ...table, header: [...table.header], rows: table.rows.map((r) => [...r]) } });
    writeBlock(target, row, col, block);
  }

  async addChart(sheet: string, chart: ChartSpec): Promise<void> {
    this.count('addChart');
    this.find(sheet).charts.push({ ...chart });
  }

  async printSetup(sheet: string, setup: PrintSetup): Promise<void> {
    this.count('printSetup');
    this.find(sheet).print = { ...setup };
  }

  async activateCell(sheet: string, _row: number, _col: number): Promise<void> {
    this.count('activateCell');
    this.find(sheet);
  }

  async writeFormats(sheet: string, row: number, col: number, formats: string[][]): Promise<void> {
    this.count('writeFormats');
    const target = this.find(sheet);
    formats.forEach((cells, r) => {
      const line = (target.formats[row + r] ??= []);
      cells.forEach((format, c) => (line[col + c] = format));
    });
    for (let r = 0; r < target.formats.length; r++) {
      const line = (target.formats[r] ??= []);
      for (let c = 0; c < line.length; c++) line[c] ??= '';
    }
  }

  async protect(sheet: string, options: { headerRows?: number; warningOnly?: boolean }): Promise<void> {
    this.count('protect');
    this.find(sheet).protection = { ...options };
  }

  async currentUser(): Promise<string | null> {
    this.count('currentUser');
    return this.user;
  }

  /** Shows or hides a sheet (the file reader restores hidden state; hosts have their own). */
  setHidden(name: string, hidden: boolean): void {
    this.find(name).hidden = hidden;
  }

  private find(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw notFound(name);
    return sheet;
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }
}

function emptySheet(name: string): MemorySheet {
  return { name, values: [], ownRows: [], formats: [], origin: null, columnFormats: [], marks: [], frozenRows: 0, hidden: false, protection: null, tables: [], charts: [], print: null };
}

function notFound(name: string): DossierError {
  return new DossierError('sheet.notFound', { en: `There is no sheet named "${name}".`, zh: `没有名为"${name}"的工作表。` });
}

/** A row padded with blanks or cut to `cols`. */
function resized(row: readonly CellValue[], cols: number): CellValue[] {
  const copy = new Array<CellValue>(cols);
  for (let c = 0; c < cols; c++) copy[c] = row[c] ?? null;
  return copy;
}

/** A row's cells copied, holes as blanks; a plain loop, since `Array.from` walks an iterator (an object per cell) until optimized. */
function copyRow(row: readonly (CellValue | undefined)[]): CellValue[] {
  const copy = new Array<CellValue>(row.length);
  for (let c = 0; c < row.length; c++) copy[c] = copyCell(row[c]);
  return copy;
}

/** A cell as stored: error cells copied, Dates kept (no part of Dossier changes a Date, and an import writes hundreds of thousands). */
function copyCell(cell: CellValue | undefined): CellValue {
  if (cell === undefined) return null;
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return { error: cell.error };
  return cell;
}

/** Whether a row already holds these cells from `col` on (dates and error cells compared by value). */
function holdsAlready(line: readonly CellValue[], col: number, cells: readonly CellValue[]): boolean {
  if (line.length < col + cells.length) return false;
  for (let c = 0; c < cells.length; c++) if (!sameCellValue(line[col + c]!, cells[c] ?? null)) return false;
  return true;
}

function isEmpty(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** Rows up to the last one holding a value (the "used range" of a host). */
function usedRows(values: readonly (readonly CellValue[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) if (values[r]!.some((cell) => !isEmpty(cell))) return r + 1;
  return 0;
}

function usedColumns(values: readonly (readonly CellValue[])[]): number {
  let cols = 0;
  for (const row of values) {
    for (let c = row.length - 1; c >= cols; c--) {
      if (!isEmpty(row[c])) {
        cols = c + 1;
        break;
      }
    }
  }
  return cols;
}

/** Writes a block into the grid, keeping it dense (null, never undefined) so readers never see holes. */
/** The sheet's row origins, made explicit (each row its own) before the first move. */
function originOf(sheet: MemorySheet): number[] {
  if (sheet.origin === null) sheet.origin = Array.from({ length: sheet.values.length }, (_, r) => r);
  return sheet.origin;
}

function writeBlock(sheet: MemorySheet, row: number, col: number, block: readonly (readonly CellValue[])[]): void {
  const grid = sheet.values;
  for (let r = 0; r < block.length; r++) {
    const at = row + r;
    if (at === grid.length && col === 0) {
      // A row appended whole (new customers): made at its size, not grown a cell at a time.
      grid.push(copyRow(block[r]!));
      sheet.origin?.push(-1);
      sheet.ownRows[at] = true;
      continue;
    }
    while (grid.length <= at) {
      sheet.ownRows[grid.length] = true;
      grid.push([]);
      sheet.origin?.push(-1);
    }
    const cells = block[r]!;
    if (sheet.ownRows[at] !== true) {
      // A block spanning scattered changes writes most rows back as they were read: those need no copy.
      if (holdsAlready(grid[at]!, col, cells)) continue;
      grid[at] = grid[at]!.slice();
      sheet.ownRows[at] = true;
    }
    const line = grid[at] as CellValue[];
    while (line.length < col) line.push(null);
    for (let c = 0; c < cells.length; c++) line[col + c] = copyCell(cells[c]);
    // Cells cleared at the end of a row leave no empty cells behind, as a host's row ends at its last value.
    if (col + cells.length >= line.length && cells[cells.length - 1] === null) while (line.length > 0 && line[line.length - 1] === null) line.pop();
  }
}
