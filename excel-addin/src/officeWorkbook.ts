import type { CellValue } from '../../shared/core/cell';
import { DossierError } from '../../shared/core/errors';
import type { CellMark, ChartSpec, ColumnFormat, MarkSeverity, PrintSetup, SheetData, SheetInfo, TableBlock, WorkbookPort } from '../../shared/core/port/workbookPort';
import type { ExcelContext, ExcelRange, ExcelRun, ExcelValueType, ExcelWorksheet, ExcelWorksheetProtectionOptions } from './excelSubset';
import { a1Address, qualifiedAddress } from './port/a1Address';
import { rowsOfAddress } from './liveCheck/rowsOfAddress';
import { excelErrorToDossier } from './port/excelErrorToDossier';
import { halveOnSizeError, isSizeError } from './port/halveOnSizeError';
import { isDateFormat } from './port/isDateFormat';
import { needsTextFormat } from './port/needsTextFormat';
import { rowRuns } from '../../shared/core/port/rowRuns';
import type { StaleHighlightArea } from '../../shared/core/output/staleHighlightArea';
import { staleRowFormula } from '../../shared/core/output/staleRowFormula';
import { cellPayloadBytes, chunkRowsByPayload, rowPayloadBytes } from './port/payloadBytes';
import { dateOfSerial, serialOfDate } from './port/serialDate';
import { withWorkbookLock, type LockTiming } from './marks/withWorkbookLock';
import { WorkbookMarkMemory, type LegacyMarks } from './marks/workbookMarkMemory';
import { inlineListSource } from './lists/inlineListSource';
import { listRangeSource } from './lists/listRangeSource';
import { syncFindsItems } from './port/syncFindsItems';

export interface OfficeWorkbookOptions {
  /** `(batch) => Excel.run(batch)` in Office; the fake's run in tests. */
  readonly run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported: (name: 'ExcelApi', version: string) => boolean;
  /** Marks an earlier version kept in document settings: cleared on the next marking, then forgotten. */
  readonly legacyMarks?: LegacyMarks;
  /** The workbook lock's timing (tests shorten it). */
  readonly lock?: LockTiming;
  /**
   * Estimated bytes per request. Excel on the web rejects requests and
   * responses over 5 MB (RequestPayloadSizeLimitExceeded); 3 MB of estimate
   * leaves room for JSON overhead and for the estimate being low.
   */
  readonly payloadBudget?: number;
  /** Cells per request; Excel on the web reads at most 5 million cells at once. */
  readonly maxCellsPerRequest?: number;
  /** Who is acting, where the host can tell (Office.js has no identity without SSO). */
  readonly user?: () => Promise<string | null>;
  /** Told after each request of a chunked read or write: rows done of rows (the pane's progress bar). */
  readonly onRows?: (phase: 'read' | 'write', done: number, total: number) => void;
  /**
   * Asked between the requests of a chunked read or value write: throws to
   * stop the command there (Cancel). A write's chunks already made are then
   * put back as they were, formulas and number formats, before the error
   * goes on. Never asked while putting back, nor while marking cells.
   */
  readonly checkpoint?: () => void;
}

export const DEFAULT_PAYLOAD_BUDGET = 3_000_000;
export const DEFAULT_MAX_CELLS = 500_000;
/** First guess of a read cell's bytes (value + number format + value type); later chunks use what was measured. */
const READ_BYTES_PER_CELL = 48;
const MIN_READ_BYTES_PER_CELL = 16;
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const NOTE_PREFIX = 'Dossier: ';
/** Estimated request bytes of one per-cell command (a fill, a note, a link) besides its text. */
const MARK_BYTES = 200;
const MARK_FILL: Record<MarkSeverity, string> = { error: '#FFC7CE', warning: '#FFEB9C', stale: '#DDEBF7', info: '#E2EFDA' };
const SEVERITY_RANK: Record<MarkSeverity, number> = { error: 3, warning: 2, stale: 1, info: 0 };
/**
 * A dropdown helps instead of refusing: without an error alert Excel uses
 * Stop, which refuses any value the list lacks (DataValidationAlertStyle:
 * "The default is Stop", learn.microsoft.com/javascript/api/excel/excel.datavalidationalertstyle).
 * Warning lets staff keep a value after a question, as Sheets' "show a
 * warning" does; the next check still reports it.
 */
const LIST_ALERT = {
  showAlert: true,
  style: 'Warning',
  title: 'Not in the list · 不在列表中',
  message: 'This value is not one of the choices. Choose Yes to keep it; Dossier will list it at the next check. · 此值不在选项中。选择“是”可保留；Dossier 会在下次检查时列出。',
} as const;
const CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered', line: 'Line', pie: 'Pie' } as const;
/** Below a locked header, people keep entering, sorting and filtering data. */
const HEADER_PROTECTION: ExcelWorksheetProtectionOptions = {
  allowAutoFilter: true, allowSort: true, allowInsertRows: true, allowDeleteRows: true,
  allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowInsertHyperlinks: true,
};

/**
 * The Office.js port: every WorkbookPort call is one `Excel.run` whose
 * number of `context.sync()` round trips does not grow with rows, except
 * through chunking for Excel on the web's payload limits. Requirement sets
 * of every member used are listed in `excelApiSets.ts` (ExcelApi 1.8 at
 * most unconditionally; notes 1.18 and comments 1.10 only where supported).
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly budget: number;
  private readonly maxCells: number;
  private changing = 0;
  private lastChangeAt = 0;

  constructor(private readonly options: OfficeWorkbookOptions) {
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.maxCells = options.maxCellsPerRequest ?? DEFAULT_MAX_CELLS;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      const used = sheets.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return range;
      });
      await ctx.sync();
      return sheets.items.map((ws, k) => {
        const range = used[k]!;
        return {
          name: ws.name,
          hidden: ws.visibility !== 'Visible',
          rowCount: range.isNullObject ? 0 : range.rowIndex + range.rowCount,
          columnCount: range.isNullObject ? 0 : range.columnIndex + range.columnCount,
        };
      });
    });
  }

  async readSheet(name: string, options?: { formats?: boolean }): Promise<SheetData> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await this.syncOnSheet(ctx, name);
      const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const cols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
      const values: CellValue[][] = new Array(rows);
      const formats: string[][] = new Array(rows);
      let bytesPerCell = READ_BYTES_PER_CELL;
      for (let start = 0; start < rows; ) {
        const fit = Math.floor(Math.min(this.budget / (cols * bytesPerCell), this.maxCells / cols));
        const count = Math.max(1, Math.min(rows - start, fit));
        await halveOnSizeError(start, count, async (from, n) => {
          const range = ws.getRangeByIndexes(from, 0, n, cols);
          range.load('values,numberFormat,valueTypes');
          await ctx.sync();
          let bytes = 0;
          for (let r = 0; r < n; r++) {
            const rawValues = range.values[r]!;
            const rawFormats = range.numberFormat[r]!;
            const types = range.valueTypes[r]! as ExcelValueType[];
            const line: CellValue[] = new Array(cols);
            const formatLine: string[] = new Array(cols);
            for (let c = 0; c < cols; c++) {
              const format = String(rawFormats[c] ?? '');
              bytes += cellPayloadBytes(rawValues[c]) + format.length + 12;
              formatLine[c] = format === 'General' ? '' : format;
              line[c] = cellFromExcel(rawValues[c], types[c] ?? 'Unknown', format);
            }
            values[from + r] = line;
            formats[from + r] = formatLine;
          }
          // What this chunk really weighed, with a margin, sizes the next one (up or down).
          bytesPerCell = Math.max(MIN_READ_BYTES_PER_CELL, Math.ceil((bytes / (n * cols)) * 1.25));
        });
        start += count;
        // Between requests: the bar moves, and Cancel may stop the read here (nothing written yet).
        this.options.onRows?.('read', start, rows);
        if (start < rows) this.options.checkpoint?.();
      }
      return options?.formats ? { name, values, formats } : { name, values };
    });
  }

  async writeValues(sheet: string, row: number, col: number, values: CellValue[][]): Promise<void> {
    if (values.length === 0) return;
    await this.mutate(sheet, (ctx, ws) => this.writeBlock(ctx, ws, sheet, row, col, values));
  }

  /**
   * Rows inserted as a user inserts them: whole rows in at `row`, shifted
   * down (Range.insert 'Down' on getEntireRow, ExcelApi 1.1). Excel moves
   * formulas with their rows and widens a range the insertion falls inside
   * (a totals row's SUM); it widens one the rows land just below only in
   * some cases, so the core inserts inside the customers' rows
   * (www.bettersolutions.com/excel/formulas/automatic-formula-expansion.htm).
   */
  async insertRows(sheet: string, row: number, count: number): Promise<void> {
    await this.insertRowsAt(sheet, Array.from({ length: Math.max(0, count) }, (_, k) => row + k));
  }

  /** Each run of new rows goes in top to bottom, all in one batch (one round trip whatever the number of runs). */
  async insertRowsAt(sheet: string, rows: readonly number[]): Promise<void> {
    const runs = rowRuns(rows).filter((run) => run.start < EXCEL_ROWS);
    if (runs.length === 0) return;
    await this.mutate(sheet, async (ctx, ws) => {
      for (const run of runs) ws.getRangeByIndexes(run.start, 0, run.count, 1).getEntireRow().insert('Down');
      await ctx.sync();
    });
  }

  /**
   * Whole rows out, shifted up (Range.delete 'Up' on getEntireRow, ExcelApi 1.1), bottom run first so every
   * index still points at its row; one batch. Excel shrinks a range that loses rows and moves the rest.
   */
  async deleteRows(sheet: string, rows: readonly number[]): Promise<void> {
    const runs = rowRuns(rows).filter((run) => run.start < EXCEL_ROWS).reverse();
    if (runs.length === 0) return;
    await this.mutate(sheet, async (ctx, ws) => {
      for (const run of runs) ws.getRangeByIndexes(run.start, 0, run.count, 1).getEntireRow().delete('Up');
      await ctx.sync();
    });
  }

  async replaceValues(sheet: string, values: CellValue[][]): Promise<void> {
    await this.mutate(sheet, async (ctx, ws) => {
      // The old content outside the new block is cleared by writing '' over the used range in the same
      // chunked write, so a failure puts everything back (a separate clear could not be undone).
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await ctx.sync();
      const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const usedCols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
      const width = Math.max(usedCols, values.reduce((max, r) => Math.max(max, r.length), 0));
      const height = Math.max(usedRows, values.length);
      if (width === 0 || height === 0) return;
      const block: CellValue[][] = new Array(height);
      for (let r = 0; r < height; r++) {
        const source = values[r] ?? [];
        block[r] = source.length === width ? source : Array.from({ length: width }, (_, c) => source[c] ?? null);
      }
      await this.writeBlock(ctx, ws, sheet, 0, 0, block);
    });
  }

  async writeFormats(sheet: string, row: number, col: number, formats: string[][]): Promise<void> {
    if (formats.length === 0) return;
    await this.mutate(sheet, async (ctx, ws) => {
      const width = Math.max(...formats.map((r) => r.length));
      if (width === 0) return;
      const block = formats.map((r) => Array.from({ length: width }, (_, c) => (r[c] ? r[c] : 'General')));
      const chunks = chunkRowsByPayload(block.map(rowPayloadBytes), width, this.budget, this.maxCells);
      // As writeBlock: each chunk's old formats are read first and put back if a later chunk fails.
      await this.writeChunksRestorably(ctx, ws, sheet, row, col, width, chunks, false, (range, from, n) => {
        range.numberFormat = block.slice(from, from + n);
      });
    });
  }

  async addSheet(name: string, options?: { hidden?: boolean }): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add(name);
      if (options?.hidden) ws.visibility = 'Hidden';
      try {
        await ctx.sync();
      } catch (error) {
        if ((error as { code?: string }).code === 'ItemAlreadyExists') {
          throw new DossierError('sheet.exists', { en: `A sheet named "${name}" already exists.`, zh: `已存在名为"${name}"的工作表。` });
        }
        throw error;
      }
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).delete();
      await this.syncOnSheet(ctx, name);
    });
  }

  async formatColumns(sheet: string, formats: ColumnFormat[]): Promise<void> {
    if (formats.length === 0) return;
    await this.mutate(sheet, async (ctx, ws) => {
      for (const format of formats) {
        const column = ws.getRangeByIndexes(format.fromRow, format.col, EXCEL_ROWS - format.fromRow, 1);
        // A 1×1 array applies to the whole (even unbounded) range: office-js-docs-pr#5400, office-js-docs-reference#578.
        if (format.numberFormat) column.numberFormat = [[format.numberFormat]];
        if (format.list) {
          column.dataValidation.clear();
          // Inline when it fits Excel's 255 characters and no item has a comma; otherwise a range on DossierLists.
          const source = inlineListSource(format.list) ?? (await listRangeSource(ctx, `${sheet}!${format.col}`, format.list));
          column.dataValidation.rule = { list: { inCellDropDown: true, source } };
          column.dataValidation.errorAlert = LIST_ALERT;
        }
      }
      await ctx.sync();
    });
  }

  /**
   * Replaces Dossier's marks on a sheet: clears the fills (and notes or
   * comments) it made last time, on any runtime, and marks anew. What it
   * marked is kept in the workbook (`WorkbookMarkMemory`), under the
   * workbook lock; the new cells are recorded before any fill is made, so a
   * failure midway leaves no fill the memory does not name.
   */
  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    await this.mutate(sheet, (ctx, ws) =>
      this.withMemory(ctx, async (memory) => {
        const { cells: previous, rule } = memory.get(sheet);
        const cells = mergeMarksPerCell(marks);
        const next = cells.map((m): [number, number] => [m.row, m.col]);
        await memory.set(sheet, { cells: unionCells(previous, next), rule });
        const clearChunks = chunkRowsByPayload(previous.map(() => MARK_BYTES), 1, this.budget, this.maxCells);
        for (const chunk of clearChunks) {
          for (const [r, c] of previous.slice(chunk.start, chunk.start + chunk.count)) ws.getCell(r, c).format.fill.clear();
          await ctx.sync();
        }
        const annotations = this.annotationsOf(ws);
        if (annotations) {
          annotations.load('items/content');
          await ctx.sync();
          const ours = annotations.items.filter((item) => item.content.startsWith(NOTE_PREFIX));
          for (const item of ours) item.delete();
          if (ours.length > 0) await ctx.sync();
        }
        const chunks = chunkRowsByPayload(cells.map((m) => MARK_BYTES + (m.note ? cellPayloadBytes(m.note) : 0)), 1, this.budget, this.maxCells);
        for (const chunk of chunks) {
          for (const mark of cells.slice(chunk.start, chunk.start + chunk.count)) {
            ws.getCell(mark.row, mark.col).format.fill.color = MARK_FILL[mark.severity];
            if (annotations && mark.note) annotations.add(qualifiedAddress(sheet, mark.row, mark.col), NOTE_PREFIX + mark.note);
          }
          await ctx.sync();
          // Progress only: fills are not put back, so marking is never stopped halfway.
          this.options.onRows?.('write', chunk.start + chunk.count, cells.length);
        }
        await memory.set(sheet, { cells: next, rule });
      }),
    );
  }

  /**
   * Reads whole rows (0-based, e.g. the header and the rows a user just
   * edited) across the used columns: one request for the size, then one per
   * payload-sized group of row runs. Not part of WorkbookPort: the live
   * check's partial read.
   */
  async readRows(sheet: string, rows: readonly number[]): Promise<Map<number, CellValue[]>> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await this.syncOnSheet(ctx, sheet);
      const result = new Map<number, CellValue[]>();
      if (used.isNullObject) return result;
      const cols = used.columnIndex + used.columnCount;
      const runs = rowRuns(rows);
      const chunks = chunkRowsByPayload(runs.map((run) => run.count * cols * READ_BYTES_PER_CELL), 1, this.budget, Math.floor(this.maxCells / cols));
      for (const chunk of chunks) {
        const loads = runs.slice(chunk.start, chunk.start + chunk.count).map((run) => {
          const range = ws.getRangeByIndexes(run.start, 0, run.count, cols);
          range.load('values,numberFormat,valueTypes');
          return { run, range };
        });
        await ctx.sync();
        for (const { run, range } of loads) {
          for (let r = 0; r < run.count; r++) {
            const types = range.valueTypes[r]! as ExcelValueType[];
            result.set(run.start + r, range.values[r]!.map((value, c) => cellFromExcel(value, types[c] ?? 'Unknown', String(range.numberFormat[r]![c] ?? ''))));
          }
        }
      }
      return result;
    });
  }

  /**
   * Replaces Dossier's marks on the given rows only (fills, and notes where
   * ExcelApi 1.18 lets a note be found by its cell), keeping every other
   * row's marks: the live check after an edit.
   */
  async remarkRows(sheet: string, rows: readonly number[], marks: CellMark[]): Promise<void> {
    const inRows = new Set(rows);
    await this.mutate(sheet, (ctx, ws) =>
      this.withMemory(ctx, async (memory) => {
        const { cells: previous, rule } = memory.get(sheet);
        const stale = previous.filter(([r]) => inRows.has(r));
        const cells = mergeMarksPerCell(marks.filter((m) => inRows.has(m.row)));
        const fresh = cells.map((m): [number, number] => [m.row, m.col]);
        await memory.set(sheet, { cells: unionCells(previous, fresh), rule });
        const notes = this.options.isSetSupported('ExcelApi', '1.18') ? ws.notes : null;
        // Hosts with comments (1.10) but not notes (1.18): a comment is found through its location instead.
        const comments = !notes && this.options.isSetSupported('ExcelApi', '1.10') ? ws.comments : null;
        const found = stale.map(([r, c]) => {
          ws.getCell(r, c).format.fill.clear();
          if (!notes) return null;
          const note = notes.getItemOrNullObject(qualifiedAddress(sheet, r, c));
          note.load('content');
          return note;
        });
        if (comments) comments.load('items/content');
        await ctx.sync();
        for (const note of found) if (note && !note.isNullObject && note.content.startsWith(NOTE_PREFIX)) note.delete();
        if (comments) {
          const ours = comments.items.filter((item) => item.content.startsWith(NOTE_PREFIX)).map((item) => {
            const where = item.getLocation();
            where.load('address');
            return { item, where };
          });
          if (ours.length > 0) await ctx.sync();
          for (const { item, where } of ours) if ((rowsOfAddress(where.address) ?? []).some((r) => inRows.has(r))) item.delete();
        }
        const annotations = notes ?? comments;
        for (const mark of cells) {
          ws.getCell(mark.row, mark.col).format.fill.color = MARK_FILL[mark.severity];
          if (annotations && mark.note) annotations.add(qualifiedAddress(sheet, mark.row, mark.col), NOTE_PREFIX + mark.note);
        }
        await ctx.sync();
        const kept = previous.filter(([r]) => !inRows.has(r));
        await memory.set(sheet, { cells: [...kept, ...fresh], rule });
      }),
    );
  }

  /** Turns cells into links to places in the workbook (the Findings sheet's "go to" column), in payload-sized batches. */
  async linkCells(sheet: string, links: ReadonlyArray<{ row: number; col: number; target: string; text: string }>): Promise<void> {
    if (links.length === 0) return;
    await this.mutate(sheet, async (ctx, ws) => {
      const chunks = chunkRowsByPayload(links.map((l) => MARK_BYTES + cellPayloadBytes(l.target) + cellPayloadBytes(l.text)), 1, this.budget, this.maxCells);
      for (const chunk of chunks) {
        for (const link of links.slice(chunk.start, chunk.start + chunk.count)) {
          ws.getCell(link.row, link.col).hyperlink = { documentReference: link.target, textToDisplay: link.text, screenTip: link.target };
        }
        await ctx.sync();
      }
    });
  }

  /**
   * Highlights stale customer rows with a conditional format (ExcelApi 1.6)
   * over the customers' rows (from under the header, stopping before a
   * totals row; without one, to the last row in use),
   * so the highlight follows the dates as days pass and as people edit.
   * Replaces Dossier's previous rule on the sheet; other rules are left alone.
   */
  async highlightStaleRows(sheet: string, options: StaleHighlightArea & { days: number }): Promise<void> {
    await this.mutate(sheet, (ctx, ws) =>
      this.withMemory(ctx, async (memory) => {
        const { cells, rule: previous } = memory.get(sheet);
        if (previous) {
          ws.getRangeByIndexes(0, 0, EXCEL_ROWS, EXCEL_COLUMNS).conditionalFormats.getItem(previous).delete();
          // Someone may have removed it already: then there is nothing to replace.
          await syncFindsItems(ctx);
        }
        if (options.dateColumns.length === 0 || options.columnCount === 0) {
          if (previous) await memory.set(sheet, { cells, rule: null });
          return;
        }
        // Over the rows in use only, not down to row 1,048,576: the rule's formula calls TODAY(), so Excel
        // evaluates it on every recalculation and repaint for every cell it covers (Improving Performance in
        // Excel 2007, learn.microsoft.com/previous-versions/office/developer/office-2007/aa730921(v=office.12);
        // fastexcel.wordpress.com/2013/10/09/exploring-conditional-format-performance-part-1). Rows added
        // later are covered the next time the stale view runs.
        let endRow = options.endRow;
        if (endRow === null) {
          const used = ws.getUsedRangeOrNullObject(true);
          used.load('rowIndex,rowCount');
          await ctx.sync();
          endRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
        }
        if (endRow <= options.firstRow) {
          if (previous) await memory.set(sheet, { cells, rule: null });
          return;
        }
        const rule = ws.getRangeByIndexes(options.firstRow, 0, endRow - options.firstRow, options.columnCount).conditionalFormats.add('Custom');
        rule.custom.rule.formula = staleRowFormula(options.dateColumns, options.columnCount, options.days, options.firstRow + 1);
        rule.custom.format.fill.color = MARK_FILL.stale;
        rule.load('id');
        await ctx.sync();
        await memory.set(sheet, { cells, rule: rule.id });
      }),
    );
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    await this.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).freezePanes.freezeRows(rows);
      await this.syncOnSheet(ctx, sheet);
    });
  }

  async writeTable(sheet: string, row: number, col: number, table: TableBlock): Promise<void> {
    await this.mutate(sheet, async (ctx, ws) => {
      const block: CellValue[][] = [];
      if (table.title) block.push([table.title]);
      block.push([...table.header], ...table.rows);
      await this.writeBlock(ctx, ws, sheet, row, col, block);
      const headerRow = row + (table.title ? 1 : 0);
      if (table.title) ws.getCell(row, col).format.font.bold = true;
      // An Excel table needs a data row; a header-only block stays plain cells.
      if (table.rows.length > 0) ws.tables.add(a1Address(headerRow, col, 1 + table.rows.length, table.header.length), true);
      if (table.totalsRow !== undefined) ws.getRangeByIndexes(headerRow + 1 + table.totalsRow, col, 1, table.header.length).format.font.bold = true;
      await ctx.sync();
    });
  }

  async addChart(sheet: string, chart: ChartSpec): Promise<void> {
    await this.mutate(sheet, async (ctx, ws) => {
      const source = ws.getRangeByIndexes(chart.sourceRow, chart.sourceCol, chart.rowCount, chart.columnCount);
      // One series per column after the categories; the ones not asked for are removed, last first so indexes hold.
      const added = ws.charts.add(CHART_TYPES[chart.kind], source, 'Columns');
      added.title.text = chart.title;
      added.setPosition(a1Address(chart.anchorRow, chart.anchorCol));
      if (chart.seriesColumns) {
        const wanted = new Set(chart.seriesColumns);
        for (let k = chart.columnCount - 2; k >= 0; k--) if (!wanted.has(k + 1)) added.series.getItemAt(k).delete();
      }
      await ctx.sync();
    });
  }

  /** The report sheet's print area, one page wide, landscape; skipped before ExcelApi 1.9, which has no page layout. */
  async printSetup(sheet: string, setup: PrintSetup): Promise<void> {
    if (!this.options.isSetSupported('ExcelApi', '1.9')) return;
    await this.mutate(sheet, async (ctx, ws) => {
      ws.pageLayout.setPrintArea(a1Address(0, 0, Math.max(1, setup.rows), Math.max(1, setup.columns)));
      ws.pageLayout.orientation = 'Landscape';
      // 1 page across; 0 pages down is the file format's "automatic" (fitToHeight="0"), which the zoom options carry through.
      if (setup.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await ctx.sync();
    });
  }

  async activateCell(sheet: string, row: number, col: number): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row, col).select();
      await this.syncOnSheet(ctx, sheet);
    });
  }

  async protect(sheet: string, options: { headerRows?: number; warningOnly?: boolean }): Promise<void> {
    // Excel has no warning-only protection: the header is really locked, and Dossier lifts the lock for its own writes.
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      await this.syncOnSheet(ctx, sheet);
      if (ws.protection.protected) ws.protection.unprotect();
      const whole = ws.getRangeByIndexes(0, 0, EXCEL_ROWS, EXCEL_COLUMNS);
      if (options.headerRows && options.headerRows > 0) {
        whole.format.protection.locked = false;
        ws.getRangeByIndexes(0, 0, options.headerRows, EXCEL_COLUMNS).format.protection.locked = true;
        ws.protection.protect(HEADER_PROTECTION);
      } else {
        whole.format.protection.locked = true;
        ws.protection.protect();
      }
      await ctx.sync();
    });
  }

  /**
   * Whether Dossier itself changed cells within the last `ms` (or is
   * changing them now): Excel reports those changes as edits too, and the
   * live check must not chase its own writes.
   */
  changedWithin(ms: number, now = Date.now()): boolean {
    return this.changing > 0 || now - this.lastChangeAt < ms;
  }

  async currentUser(): Promise<string | null> {
    return this.options.user ? this.options.user() : null;
  }

  /**
   * Writes a block in payload-sized chunks, halving any chunk Excel refuses
   * for size. Each chunk's old formulas and number formats are read first;
   * when a chunk fails for any other reason, the chunks already written
   * (and the failing one, which Excel may have applied in part) are put
   * back, so the sheet is as it was. If even that fails, the error says
   * exactly which rows hold new values.
   */
  private async writeBlock(ctx: ExcelContext, ws: ExcelWorksheet, sheet: string, row: number, col: number, values: readonly (readonly CellValue[])[]): Promise<void> {
    const width = values.reduce((max, r) => Math.max(max, r.length), 0);
    if (width === 0) return;
    const cells: unknown[][] = [];
    const formats: (string | null)[][] = [];
    for (const source of values) {
      const line: unknown[] = new Array(width);
      const formatLine: (string | null)[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const [value, format] = cellToExcel(source[c] ?? null);
        line[c] = value;
        formatLine[c] = format;
      }
      cells.push(line);
      formats.push(formatLine);
    }
    // The number formats travel in the same request as the values, so both count.
    const anyFormat = formats.some((line) => line.some((f) => f !== null));
    const rowBytes = cells.map((line, r) => rowPayloadBytes(line) + (anyFormat ? rowPayloadBytes(formats[r]!) : 0));
    const chunks = chunkRowsByPayload(rowBytes, width, this.budget, this.maxCells);
    await this.writeChunksRestorably(ctx, ws, sheet, row, col, width, chunks, true, (range, from, n) => {
      const formatBlock = formats.slice(from, from + n);
      // Number formats first (null = leave as is), so text stays text and dates show as dates.
      if (formatBlock.some((line) => line.some((f) => f !== null))) range.numberFormat = formatBlock;
      range.values = cells.slice(from, from + n);
    });
  }

  /**
   * Writes `chunks` of rows one request each (halved on a size error); each
   * chunk's old number formats (and formulas, when `withFormulas`) are read
   * first and, if a later chunk fails, put back last chunk first.
   */
  private async writeChunksRestorably(
    ctx: ExcelContext,
    ws: ExcelWorksheet,
    sheet: string,
    row: number,
    col: number,
    width: number,
    chunks: ReturnType<typeof chunkRowsByPayload>,
    withFormulas: boolean,
    write: (range: ExcelRange, from: number, n: number) => void,
  ): Promise<void> {
    const touched: Touched[] = [];
    const total = chunks.reduce((n, c) => Math.max(n, c.start + c.count), 0);
    try {
      for (const chunk of chunks) {
        await halveOnSizeError(chunk.start, chunk.count, async (from, n) => {
          const before = ws.getRangeByIndexes(row + from, col, n, width);
          before.load(withFormulas ? 'formulas,numberFormat' : 'numberFormat');
          await ctx.sync();
          write(ws.getRangeByIndexes(row + from, col, n, width), from, n);
          const old: Touched = withFormulas ? { from, n, formulas: before.formulas, numberFormat: before.numberFormat } : { from, n, numberFormat: before.numberFormat };
          try {
            await ctx.sync();
            touched.push(old);
          } catch (error) {
            // A request refused for size is refused whole; any other failure may have applied part of it.
            if (!isSizeError(error)) touched.push(old);
            throw error;
          }
        });
        // Between requests: the bar moves, and Cancel may stop here; the catch below puts back what was written.
        this.options.onRows?.('write', chunk.start + chunk.count, total);
        if (chunk.start + chunk.count < total) this.options.checkpoint?.();
      }
    } catch (error) {
      await this.putBack(ctx, ws, sheet, row, col, width, touched);
      throw error;
    }
  }

  /** Writes back what `writeBlock` read before each chunk, last chunk first; says which rows stay changed if Excel refuses. */
  private async putBack(ctx: ExcelContext, ws: ExcelWorksheet, sheet: string, row: number, col: number, width: number, touched: readonly Touched[]): Promise<void> {
    for (let k = touched.length - 1; k >= 0; k--) {
      const old = touched[k]!;
      try {
        const range = ws.getRangeByIndexes(row + old.from, col, old.n, width);
        range.numberFormat = old.numberFormat;
        if (old.formulas) range.formulas = old.formulas;
        await ctx.sync();
      } catch (error) {
        const first = row + touched[0]!.from + 1;
        const last = row + old.from + old.n;
        const detail = excelErrorToDossier(error).detail;
        throw new DossierError(
          'excel.partialWrite',
          {
            en: `Excel stopped partway and could not undo it: rows ${first}–${last} of "${sheet}" may hold new values; every other row is unchanged.`,
            zh: `Excel 中途停止且无法撤销：工作表"${sheet}"的第 ${first}–${last} 行可能已是新值；其余各行未改动。`,
          },
          detail,
        );
      }
    }
  }

  /**
   * Runs a change on a sheet, lifting Dossier's protection for the
   * duration (unprotect → write → protect with the same options).
   */
  private async mutate(sheet: string, work: (ctx: ExcelContext, ws: ExcelWorksheet) => Promise<void>): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected,options');
      await this.syncOnSheet(ctx, sheet);
      const wasProtected = ws.protection.protected;
      const options = wasProtected ? { ...ws.protection.options } : null;
      if (wasProtected) ws.protection.unprotect();
      this.changing++;
      try {
        await work(ctx, ws);
      } finally {
        try {
          if (options) {
            ws.protection.protect(options);
            await ctx.sync();
          }
        } finally {
          this.changing--;
          this.lastChangeAt = Date.now();
        }
      }
    });
  }

  /** Dossier's marks memory, read fresh from the workbook under the workbook lock. */
  private async withMemory<T>(ctx: ExcelContext, work: (memory: WorkbookMarkMemory) => Promise<T>): Promise<T> {
    return withWorkbookLock(ctx, async () => work(await WorkbookMarkMemory.read(ctx, { budget: this.budget, legacy: this.options.legacyMarks ?? null })), this.options.lock);
  }

  private annotationsOf(ws: ExcelWorksheet) {
    if (this.options.isSetSupported('ExcelApi', '1.18')) return ws.notes;
    if (this.options.isSetSupported('ExcelApi', '1.10')) return ws.comments;
    return null;
  }

  private async syncOnSheet(ctx: ExcelContext, sheet: string): Promise<void> {
    try {
      await ctx.sync();
    } catch (error) {
      if ((error as { code?: string }).code === 'ItemNotFound') {
        throw new DossierError('sheet.notFound', { en: `There is no sheet named "${sheet}".`, zh: `没有名为"${sheet}"的工作表。` });
      }
      throw error;
    }
  }

  private async run<T>(batch: (ctx: ExcelContext) => Promise<T>): Promise<T> {
    try {
      return await this.options.run(batch);
    } catch (error) {
      throw excelErrorToDossier(error);
    }
  }
}

/** A cell as Excel returns it → the core's CellValue (dates at UTC midnight, errors as {error}). */
export function cellFromExcel(value: unknown, type: ExcelValueType, format: string): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined || type === 'Empty') return null;
  if (typeof value === 'number') return isDateFormat(format) ? (dateOfSerial(value) ?? value) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** A CellValue → what Range.values takes, and the number format the cell needs (null = leave as is). */
export function cellToExcel(cell: CellValue): [unknown, string | null] {
  if (cell === null) return ['', null];
  if (cell instanceof Date) {
    const serial = serialOfDate(cell);
    return serial === null ? [cell.toISOString().slice(0, 10), '@'] : [serial, 'yyyy-mm-dd'];
  }
  if (typeof cell === 'object') return [cell.error, null];
  if (typeof cell === 'string') return [cell, needsTextFormat(cell) ? '@' : null];
  return [cell, null];
}

/** Rows a chunked write changed, with what they held before (formulas only where values were written). */
interface Touched {
  from: number;
  n: number;
  numberFormat: unknown[][];
  formulas?: unknown[][];
}

function unionCells(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const cell of [...a, ...b]) seen.set(`${cell[0]}:${cell[1]}`, cell);
  return [...seen.values()];
}

function mergeMarksPerCell(marks: readonly CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    const key = `${mark.row},${mark.col}`;
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { ...mark });
      continue;
    }
    const severity = SEVERITY_RANK[mark.severity] > SEVERITY_RANK[seen.severity] ? mark.severity : seen.severity;
    const note = [seen.note, mark.note].filter(Boolean).join('\n') || undefined;
    byCell.set(key, { ...seen, severity, ...(note ? { note } : {}) });
  }
  return [...byCell.values()];
}
