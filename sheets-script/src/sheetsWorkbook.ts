import type { CellValue } from '../../shared/core/cell';
import { isCellError } from '../../shared/core/cell';
import { DossierError } from '../../shared/core/errors';
import type { CellMark, ChartSpec, ColumnFormat, MarkSeverity, SheetData, SheetInfo, TableBlock, WorkbookPort } from '../../shared/core/port/workbookPort';
import { rowRuns } from '../../shared/core/port/rowRuns';
import type { StaleHighlightArea } from '../../shared/core/output/staleHighlightArea';
import { staleRowFormula } from '../../shared/core/output/staleRowFormula';
import type { AppsScriptServices, SpreadsheetSheet } from './appsScriptServices';

export const FILLS: Record<MarkSeverity, string> = { error: '#ffc7ce', warning: '#ffeb9c', stale: '#e7e6e6', info: '#ddebf7' };
/** Every note Dossier writes starts so; the next marking clears exactly those (and their fills), never the user's own. */
export const NOTE_PREFIX = 'Dossier: ';
const ERROR_TEXT = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;
/** Document property holding, per sheet, the formula of Dossier's stale-rows conditional format rule. */
const STALE_RULES_KEY = 'dossier.staleRules';
/** LockService: wait up to 30 s for a teammate's Dossier write to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * The SpreadsheetApp port: one getValues per read and one setValues per
 * write, every write under the document lock (LockService), dates converted
 * between the spreadsheet's time zone and the core's UTC-midnight dates.
 */
/**
 * Row runs inserted or deleted one service call each, at most. Every call is a round trip of its own (an
 * action's calls must not grow with the rows: Apps Script stops an execution at 6 minutes,
 * developers.google.com/apps-script/guides/services/quotas); past it, rows are moved by rewriting the values
 * below in a couple of calls, which keeps every value but turns formulas in those rows into their values.
 */
const MAX_ROW_RUNS = 100;

export class SheetsWorkbook implements WorkbookPort {
  constructor(private readonly gas: AppsScriptServices) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.gas.spreadsheet.getSheets().map((s) => ({ name: s.getName(), hidden: s.isSheetHidden(), rowCount: s.getLastRow(), columnCount: s.getLastColumn() }));
  }

  async readSheet(name: string, options?: { formats?: boolean }): Promise<SheetData> {
    const sheet = this.sheet(name);
    if (sheet.getLastRow() === 0) return { name, values: [], ...(options?.formats ? { formats: [] } : {}) };
    const range = sheet.getDataRange();
    const tz = this.gas.spreadsheet.getSpreadsheetTimeZone();
    const values = range.getValues().map((row) => row.map((cell) => this.fromSheets(cell, tz)));
    const data: SheetData = { name, values };
    if (options?.formats) data.formats = range.getNumberFormats().map((row) => row.map((f) => (f === 'General' ? '' : f)));
    return data;
  }

  async writeValues(sheet: string, row: number, col: number, values: CellValue[][]): Promise<void> {
    if (values.length === 0) return;
    const width = widthOf(values);
    if (width === 0) return;
    this.locked(() => this.writeBlock(this.sheet(sheet), row, col, values, width));
  }

  /**
   * Rows inserted as a user inserts them: formulas below move down, and a
   * range spanning the insertion (a totals row's SUM) takes the new rows in.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany
   */
  async insertRows(sheet: string, row: number, count: number): Promise<void> {
    if (count <= 0) return;
    this.locked(() => {
      const target = this.sheet(sheet);
      // insertRowsAfter takes a 1-based row: after the sheet's row `row` is before grid row `row`.
      if (row < target.getMaxRows()) target.insertRowsAfter(row, count);
    });
  }

  /**
   * Each run of new rows goes in top to bottom, as a person inserts them
   * (insertRowsBefore for the very first row). Past MAX_ROW_RUNS runs the
   * rows are moved by rewriting the sheet's values instead (see there).
   */
  async insertRowsAt(sheet: string, rows: readonly number[]): Promise<void> {
    const runs = rowRuns(rows);
    if (runs.length === 0) return;
    if (runs.length > MAX_ROW_RUNS) {
      const { values } = await this.readSheet(sheet);
      const at = new Set(rows);
      const shaped: CellValue[][] = [];
      for (let from = 0; from < values.length; ) shaped.push(at.has(shaped.length) ? [] : [...values[from++]!]);
      await this.replaceValues(sheet, shaped);
      return;
    }
    this.locked(() => {
      const target = this.sheet(sheet);
      for (const run of runs) {
        // Below the sheet's last row there is nothing to shift: the rows' values are written there next, and the write sizes the sheet.
        if (run.start === 0) target.insertRowsBefore(1, run.count);
        else if (run.start < target.getMaxRows()) target.insertRowsAfter(run.start, run.count);
      }
    });
  }

  /**
   * Rows out, bottom run first so every index still points at its row
   * (deleteRows, 1-based: developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany).
   * Sheets refuses to delete every row below the frozen ones ("Sorry, it is not possible to delete all non-frozen rows",
   * github.com/theoephraim/node-google-spreadsheet/issues/186): a blank row is added at the bottom first when that would happen.
   * Past MAX_ROW_RUNS runs the rows are removed by rewriting the sheet's values instead (see there).
   */
  async deleteRows(sheet: string, rows: readonly number[]): Promise<void> {
    const runs = rowRuns(rows);
    if (runs.length > MAX_ROW_RUNS) {
      const { values } = await this.readSheet(sheet);
      const gone = new Set(rows);
      await this.replaceValues(sheet, values.filter((_, r) => !gone.has(r)).map((row) => [...row]));
      return;
    }
    this.locked(() => {
      const target = this.sheet(sheet);
      const inGrid = runs.filter((run) => run.start < target.getMaxRows());
      if (inGrid.length === 0) return;
      const deleting = inGrid.reduce((n, run) => n + Math.min(run.count, target.getMaxRows() - run.start), 0);
      if (deleting >= target.getMaxRows() - target.getFrozenRows()) target.insertRowsAfter(target.getMaxRows(), 1);
      for (const run of inGrid.reverse()) target.deleteRows(run.start + 1, Math.min(run.count, target.getMaxRows() - run.start));
    });
  }

  async replaceValues(sheet: string, values: CellValue[][]): Promise<void> {
    this.locked(() => {
      const target = this.sheet(sheet);
      target.clearContents();
      const width = widthOf(values);
      if (values.length === 0 || width === 0) return;
      this.writeBlock(target, 0, 0, values, width);
    });
  }

  /**
   * One block, written so that it reads back exactly: the sheet grown first
   * (a range outside its rows or columns throws; it never grows by itself),
   * and every string written as text. setValues enters a string as typing
   * would, so 00123, +8613812345678, 2024-03-05 or 92 would become numbers
   * and dates (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption,
   * USER_ENTERED): in a plain-text (`@`) cell the string goes as it is, in any
   * other behind an apostrophe, which is how a person types text and is not
   * part of the value (it also keeps = + - @ from running as a formula).
   * Calls: getNumberFormats and setValues, plus one insert when the sheet must grow.
   */
  private writeBlock(target: SpreadsheetSheet, row: number, col: number, values: readonly (readonly CellValue[])[], width: number): void {
    this.ensureSize(target, row + values.length, col + width);
    const range = target.getRange(row + 1, col + 1, values.length, width);
    const formats = range.getNumberFormats();
    const tz = this.gas.spreadsheet.getSpreadsheetTimeZone();
    const block = new Array<Array<string | number | boolean | Date>>(values.length);
    for (let r = 0; r < values.length; r++) {
      const line = values[r]!;
      const out = new Array<string | number | boolean | Date>(width);
      for (let c = 0; c < width; c++) out[c] = this.toSheets(line[c] ?? null, tz, formats[r]?.[c] === '@');
      block[r] = out;
    }
    range.setValues(block);
  }

  /** Grows the sheet to at least rows × columns, one insert per direction, only when it is smaller. */
  private ensureSize(target: SpreadsheetSheet, rows: number, columns: number): void {
    const maxRows = target.getMaxRows();
    if (rows > maxRows) target.insertRowsAfter(maxRows, rows - maxRows);
    const maxColumns = target.getMaxColumns();
    if (columns > maxColumns) target.insertColumnsAfter(maxColumns, columns - maxColumns);
  }

  async addSheet(name: string, options?: { hidden?: boolean }): Promise<void> {
    if (this.gas.spreadsheet.getSheetByName(name)) throw new DossierError('sheet.exists', { en: `A sheet named "${name}" already exists.`, zh: `已存在名为"${name}"的工作表。` });
    this.locked(() => {
      const sheet = this.gas.spreadsheet.insertSheet(name);
      // A new sheet is 1,000 rows x 26 columns, and every cell counts towards the spreadsheet's 10 million: Dossier's
      // sheets start one column wide and grow to what they hold (the audit log's 8 columns would otherwise cost 26 a row).
      sheet.deleteColumns(2, sheet.getMaxColumns() - 1);
      if (options?.hidden) sheet.hideSheet();
    });
  }

  async deleteSheet(name: string): Promise<void> {
    this.locked(() => this.gas.spreadsheet.deleteSheet(this.sheet(name)));
  }

  async formatColumns(sheet: string, formats: ColumnFormat[]): Promise<void> {
    this.locked(() => {
      const target = this.sheet(sheet);
      const rows = Math.max(1, target.getMaxRows());
      for (const format of formats) {
        const range = target.getRange(format.fromRow + 1, format.col + 1, Math.max(1, rows - format.fromRow), 1);
        if (format.numberFormat) range.setNumberFormat(format.numberFormat);
        // A dropdown that warns instead of rejecting: pasted rows are never refused, the check reports them.
        if (format.list) range.setDataValidation(this.gas.spreadsheetApp.newDataValidation().requireValueInList(format.list, true).setAllowInvalid(true).build());
      }
    });
  }

  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    this.locked(() => {
      const target = this.sheet(sheet);
      // A loop, not Math.max(...marks): 100,000 arguments overflow the stack.
      let rows = Math.max(target.getLastRow(), 1);
      for (const m of marks) rows = Math.max(rows, m.row + 1);
      let cols = Math.max(target.getLastColumn(), 1);
      for (const m of marks) cols = Math.max(cols, m.col + 1);
      this.ensureSize(target, rows, cols);
      this.markBlock(target, 0, rows, cols, marks);
    });
  }

  /**
   * Marks exactly as markCells does, but within rows [firstRow, firstRow + count)
   * only: Dossier's earlier marks there are cleared, those elsewhere stay.
   * For the edit trigger, which must not touch (or read) the rest of the sheet.
   */
  async markRows(sheet: string, firstRow: number, count: number, marks: CellMark[]): Promise<void> {
    if (count <= 0) return;
    this.locked(() => {
      const target = this.sheet(sheet);
      let cols = Math.max(target.getLastColumn(), 1);
      for (const m of marks) cols = Math.max(cols, m.col + 1);
      this.ensureSize(target, firstRow + count, cols);
      this.markBlock(target, firstRow, count, cols, marks.filter((m) => m.row >= firstRow && m.row < firstRow + count));
    });
  }

  /** Rows [firstRow, firstRow + count) across the used columns, with one getValues, converted as readSheet converts. */
  async readRows(sheet: string, firstRow: number, count: number): Promise<CellValue[][]> {
    const target = this.sheet(sheet);
    const cols = target.getLastColumn();
    // getRange fails on rows past the sheet's end (a sheet trimmed to its data): ask for those that exist.
    const rows = Math.min(count, target.getMaxRows() - firstRow);
    if (rows <= 0 || cols === 0) return [];
    const tz = this.gas.spreadsheet.getSpreadsheetTimeZone();
    return target.getRange(firstRow + 1, 1, rows, cols).getValues().map((row) => row.map((cell) => this.fromSheets(cell, tz)));
  }

  /**
   * Highlights stale customer rows with a conditional format rule
   * (SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied), so the
   * highlight follows the dates as days pass and people edit. Sheets' rules
   * have no id: Dossier's is recognized by the formula it last wrote for the
   * sheet (kept in document properties) and replaced; every other rule stays.
   * The formula is the one Excel's port uses (same A1 syntax and functions).
   */
  async highlightStaleRows(sheet: string, options: StaleHighlightArea & { days: number }): Promise<void> {
    this.locked(() => {
      const target = this.sheet(sheet);
      const memory = this.staleRuleMemory();
      const previous = memory[sheet];
      const rules = target.getConditionalFormatRules().filter((rule) => previous === undefined || !sameFormula(rule.getBooleanCondition()?.getCriteriaValues()[0], previous));
      const next = { ...memory };
      delete next[sheet];
      if (options.dateColumns.length > 0 && options.columnCount > 0) {
        const formula = staleRowFormula(options.dateColumns, options.columnCount, options.days, options.firstRow + 1);
        // From under the header to the row before a totals row, or to the sheet's last row when there is none: the rule is written
        // again each time the stale view runs, so rows added later are covered then.
        this.ensureSize(target, options.firstRow + 1, options.columnCount);
        const endRow = options.endRow ?? target.getMaxRows();
        if (endRow > options.firstRow) {
          const range = target.getRange(options.firstRow + 1, 1, endRow - options.firstRow, options.columnCount) as GoogleAppsScript.Spreadsheet.Range;
          rules.push(this.gas.spreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(FILLS.stale).setRanges([range]).build());
          next[sheet] = formula;
        }
      }
      target.setConditionalFormatRules(rules);
      this.rememberStaleRules(next);
    });
  }

  /** Dossier's stale-rows formula per sheet, in document properties (Sheets' rules have no id). */
  private rememberStaleRules(next: Record<string, string>): void {
    if (Object.keys(next).length === 0) this.gas.documentProperties.deleteProperty(STALE_RULES_KEY);
    else this.gas.documentProperties.setProperty(STALE_RULES_KEY, JSON.stringify(next));
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    this.locked(() => this.sheet(sheet).setFrozenRows(rows));
  }

  async writeTable(sheet: string, row: number, col: number, table: TableBlock): Promise<void> {
    const block: CellValue[][] = [];
    if (table.title) block.push([table.title]);
    block.push(table.header, ...table.rows);
    await this.writeValues(sheet, row, col, block);
    this.locked(() => {
      const target = this.sheet(sheet);
      const headerRow = row + (table.title ? 1 : 0);
      target.getRange(headerRow + 1, col + 1, 1, table.header.length).setFontWeight('bold');
      if (table.title) target.getRange(row + 1, col + 1).setFontWeight('bold');
      if (table.totalsRow !== undefined) target.getRange(headerRow + 2 + table.totalsRow, col + 1, 1, table.header.length).setFontWeight('bold');
    });
  }

  async addChart(sheet: string, chart: ChartSpec): Promise<void> {
    const types = { bar: this.gas.chartTypes.BAR, column: this.gas.chartTypes.COLUMN, line: this.gas.chartTypes.LINE, pie: this.gas.chartTypes.PIE };
    this.locked(() => {
      const target = this.sheet(sheet);
      const series = chart.seriesColumns ?? Array.from({ length: chart.columnCount - 1 }, (_, i) => i + 1);
      let builder = target.newChart().setChartType(types[chart.kind]).setPosition(chart.anchorRow + 1, chart.anchorCol + 1, 0, 0).setOption('title', chart.title);
      builder = builder.addRange(target.getRange(chart.sourceRow + 1, chart.sourceCol + 1, chart.rowCount, 1) as GoogleAppsScript.Spreadsheet.Range) as typeof builder;
      for (const s of series) builder = builder.addRange(target.getRange(chart.sourceRow + 1, chart.sourceCol + 1 + s, chart.rowCount, 1) as GoogleAppsScript.Spreadsheet.Range) as typeof builder;
      target.insertChart(builder.build());
    });
  }

  async activateCell(sheet: string, row: number, col: number): Promise<void> {
    const target = this.sheet(sheet);
    this.gas.spreadsheet.setActiveSheet(target as GoogleAppsScript.Spreadsheet.Sheet);
    target.getRange(row + 1, col + 1).activate();
  }

  async writeFormats(sheet: string, row: number, col: number, formats: string[][]): Promise<void> {
    if (formats.length === 0) return;
    const width = Math.max(...formats.map((r) => r.length));
    if (width === 0) return;
    this.locked(() => {
      const target = this.sheet(sheet);
      this.ensureSize(target, row + formats.length, col + width);
      target.getRange(row + 1, col + 1, formats.length, width).setNumberFormats(formats.map((r) => Array.from({ length: width }, (_, c) => r[c] || 'General')));
    });
  }

  async protect(sheet: string, options: { headerRows?: number; warningOnly?: boolean }): Promise<void> {
    this.locked(() => {
      const target = this.sheet(sheet);
      if (options.headerRows !== undefined) {
        // The header: a warning by default, so nobody is locked out of their own file.
        target.getRange(1, 1, options.headerRows, Math.max(1, target.getMaxColumns())).protect().setDescription('Dossier: header').setWarningOnly(options.warningOnly ?? true);
        return;
      }
      // Dossier's own sheets (Audit, snapshots, state): a warning for anyone editing them by hand, never a lock.
      // A lock keeps only its listed editors (removeEditors leaves the owner and whoever ran it), and Dossier
      // writes these sheets as whoever is using it: every other editor's actions would then fail here.
      // https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly
      target.protect().setDescription('Dossier: kept by Dossier').setWarningOnly(true);
    });
  }

  async currentUser(): Promise<string | null> {
    return this.gas.userEmail() || null;
  }

  /** One getNotes/getBackgrounds and one setNotes/setBackgrounds over rows [top, top + rows) × cols, whatever the number of marks. */
  private markBlock(target: SpreadsheetSheet, top: number, rows: number, cols: number, marks: readonly CellMark[]): void {
    const range = target.getRange(top + 1, 1, rows, cols);
    const notes = range.getNotes();
    const backgrounds = range.getBackgrounds();
    // Clear the previous marks: the cells whose note Dossier wrote.
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (notes[r]?.[c]?.startsWith(NOTE_PREFIX)) {
          notes[r]![c] = '';
          backgrounds[r]![c] = '#ffffff';
        }
      }
    }
    for (const mark of marks) {
      const r = mark.row - top;
      backgrounds[r]![mark.col] = FILLS[mark.severity];
      const previous = notes[r]![mark.col]!;
      const note = NOTE_PREFIX + (mark.note ?? mark.severity);
      notes[r]![mark.col] = previous.startsWith(NOTE_PREFIX) || previous === '' ? note : `${previous}\n${note}`;
    }
    range.setBackgrounds(backgrounds);
    range.setNotes(notes);
  }

  private staleRuleMemory(): Record<string, string> {
    const text = this.gas.documentProperties.getProperty(STALE_RULES_KEY);
    if (!text) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === 'object' ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    } catch {
      return {};
    }
  }

  private sheet(name: string): SpreadsheetSheet {
    const sheet = this.gas.spreadsheet.getSheetByName(name);
    if (!sheet) throw new DossierError('sheet.notFound', { en: `There is no sheet named "${name}".`, zh: `没有名为"${name}"的工作表。` });
    return sheet;
  }

  /** Every write under the document lock, flushed before the lock is released, so a teammate's Dossier never interleaves. */
  private locked<T>(write: () => T): T {
    this.gas.lock.waitLock(LOCK_WAIT_MS);
    try {
      const result = write();
      this.gas.spreadsheetApp.flush();
      return result;
    } finally {
      this.gas.lock.releaseLock();
    }
  }

  /** Sheets gives dates as instants at midnight in the spreadsheet's time zone; the core wants that calendar day at UTC midnight. */
  private fromSheets(cell: unknown, tz: string): CellValue {
    if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
      const iso = this.gas.utilities.formatDate(cell as Date, tz, 'yyyy-MM-dd');
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    if (typeof cell === 'string') return cell === '' ? null : ERROR_TEXT.test(cell) ? { error: cell } : cell;
    if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
    return null;
  }

  private toSheets(cell: CellValue, tz: string, plainText: boolean): string | number | boolean | Date {
    if (cell === null) return '';
    if (cell instanceof Date) return this.gas.utilities.parseDate(cell.toISOString().slice(0, 10), tz, 'yyyy-MM-dd');
    if (isCellError(cell)) return cell.error;
    if (typeof cell === 'string') return cell === '' || plainText ? cell : `'${cell}`;
    return cell;
  }
}

function widthOf(values: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  return width;
}

/** Sheets may hand a formula back with different spacing or case; the rule is Dossier's if it reads the same. */
function sameFormula(value: unknown, formula: string): boolean {
  const fold = (text: string) => text.replace(/\s+/g, '').toUpperCase();
  return typeof value === 'string' && fold(value) === fold(formula);
}
