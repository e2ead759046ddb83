import type { CellValue } from '../cell';

/**
 * The one narrow, batch-shaped interface every host implements (Excel,
 * Sheets, files, memory). Operations in the core talk to a workbook only
 * through it, so an operation's host round trips never grow with rows:
 * each method is one batch (a port may chunk internally for size limits).
 *
 * Rows and columns here are 0-based offsets into the sheet's grid
 * (row 0 = the header row = the sheet's row 1).
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** All values of the used range from A1, and number formats when asked. */
  readSheet(name: string, options?: { formats?: boolean }): Promise<SheetData>;
  /** Writes a rectangular block starting at (row, col). */
  writeValues(sheet: string, row: number, col: number, values: CellValue[][]): Promise<void>;
  /**
   * Inserts `count` empty rows before grid row `row`, shifting the rows
   * below down, as inserting rows by hand does: the host moves formulas
   * with their rows and widens every range that spans the insertion
   * (`SUM(S3:S200)` becomes `SUM(S3:S210)` when ten rows go in at row 200).
   * Hosts whose grid holds values only may omit it.
   */
  insertRows?(sheet: string, row: number, count: number): Promise<void>;
  /**
   * Inserts one empty row at each of `rows`: 0-based positions the new rows
   * hold once all are in (so the runs go in top to bottom), shifting the
   * rows below down as `insertRows` does. Undo puts removed rows back with
   * it, so formulas around them follow as they would by hand.
   */
  insertRowsAt?(sheet: string, rows: readonly number[]): Promise<void>;
  /**
   * Removes these rows (0-based, as they stand now, any order), the rows
   * below moving up, as deleting rows by hand does: formulas move with their
   * rows and a range that loses rows shrinks (a totals row's SUM goes on
   * adding up the rest). Merge and erasure remove rows with it; hosts whose
   * grid holds values only may omit it.
   */
  deleteRows?(sheet: string, rows: readonly number[]): Promise<void>;
  /** Replaces the whole sheet content with `values` (clears what lies outside). */
  replaceValues(sheet: string, values: CellValue[][]): Promise<void>;
  addSheet(name: string, options?: { hidden?: boolean }): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** Number format and/or dropdown list for a column from `fromRow` down. */
  formatColumns(sheet: string, formats: ColumnFormat[]): Promise<void>;
  /** Fill colour + note per cell; clears previous Dossier marks on the sheet first. */
  markCells(sheet: string, marks: CellMark[]): Promise<void>;
  /** Freezes the first `rows` rows. */
  freezeRows(sheet: string, rows: number): Promise<void>;
  /** Writes a titled table (header + rows) at (row, col); returns its address. */
  writeTable(sheet: string, row: number, col: number, table: TableBlock): Promise<void>;
  addChart(sheet: string, chart: ChartSpec): Promise<void>;
  /**
   * Print area (from A1) and fit-to-width on one page across, where the host can set them: Excel from
   * ExcelApi 1.9 (Worksheet.pageLayout), files (the _xlnm.Print_Area name and <pageSetup>). Google Sheets
   * cannot: Apps Script's Sheet class has no print settings
   * (developers.google.com/apps-script/reference/spreadsheet/sheet), so its port leaves this out.
   */
  printSetup?(sheet: string, setup: PrintSetup): Promise<void>;
  activateCell?(sheet: string, row: number, col: number): Promise<void>;
  /**
   * Number formats for a block (same shape as values), so a snapshot can be
   * restored exactly. Ports that cannot set per-cell formats omit it.
   */
  writeFormats?(sheet: string, row: number, col: number, formats: string[][]): Promise<void>;
  /**
   * Locks a sheet against edits: with `headerRows`, only those rows (data
   * entry, sorting and filtering below stay open); without, the whole sheet
   * (Dossier's own hidden sheets). `warningOnly` where the host has it (Sheets).
   */
  protect?(sheet: string, options: { headerRows?: number; warningOnly?: boolean }): Promise<void>;
  /** Who is acting, where the host knows it (for the audit log). */
  currentUser?(): Promise<string | null>;
  /**
   * Runs `work`, whose every write the caller puts back should it fail
   * (recordedChange), until `work` calls `kept` (the changes stand; what
   * follows only records them). A host that can stop a running command
   * (Cancel) may stop it inside such a span before `kept`, never after.
   */
  restorable?<T>(work: (kept: () => void) => Promise<T>): Promise<T>;
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
  rowCount: number;
  columnCount: number;
}

export interface SheetData {
  name: string;
  values: readonly (readonly CellValue[])[];
  /** Same shape as values when asked for; '' = General. */
  formats?: string[][];
}

export interface ColumnFormat {
  col: number;
  fromRow: number;
  numberFormat?: string;
  /** Dropdown of allowed values (data validation). */
  list?: string[];
}

export type MarkSeverity = 'error' | 'warning' | 'stale' | 'info';

export interface CellMark {
  row: number;
  col: number;
  severity: MarkSeverity;
  note?: string;
}

export interface TableBlock {
  title?: string;
  header: string[];
  rows: CellValue[][];
  /** Index of a totals row within rows, styled bold. */
  totalsRow?: number;
}

export interface ChartSpec {
  kind: 'bar' | 'column' | 'line' | 'pie';
  title: string;
  /** The table range the chart plots, as grid offsets on the same sheet. */
  sourceRow: number;
  sourceCol: number;
  rowCount: number;
  columnCount: number;
  /** Where to anchor the chart. */
  anchorRow: number;
  anchorCol: number;
  /**
   * Columns of the range to plot as series, as offsets from `sourceCol`
   * (the first column is the categories). Default: every column after the first.
   */
  seriesColumns?: number[];
  /** Series colours (for a pie, point colours) as #RRGGBB, in order; hosts that cannot set them keep theirs. */
  colors?: string[];
  /** Fixed value-axis bounds where the measure has a scale (satisfaction 1–5). */
  axisMin?: number;
  axisMax?: number;
  /** Number format of the values (axis and labels). */
  numberFormat?: string;
  /** The last category is an unfinished period: drawn apart (hatched or grey). */
  partialLast?: boolean;
  /** Size in grid cells, for hosts that anchor a chart by two cells (files). */
  widthColumns?: number;
  heightRows?: number;
}

export interface PrintSetup {
  /** The print area: rows × columns from A1. */
  rows: number;
  columns: number;
  /** One page wide, as many pages tall as it takes. */
  fitToWidth: boolean;
}
