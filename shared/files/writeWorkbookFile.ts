import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { isCellError, type CellValue } from '../core/cell';
import { DossierError } from '../core/errors';
import { cellToText } from '../core/normalize/cellToText';
import { neutralizeFormula } from '../core/output/neutralizeFormula';
import type { MarkSeverity } from '../core/port/workbookPort';
import type { MemorySheet, MemoryWorkbook } from '../memory/memoryWorkbook';
import { addXlsxChartParts } from './xlsxCharts/addXlsxChartParts';

const MARK_FILLS: Record<MarkSeverity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', stale: 'FFE7E6E6', info: 'FFDDEBF7' };
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Writes a memory workbook as .xlsx (every sheet, with hidden state,
 * formats, dropdowns, frozen header, marks as fills and notes, protection)
 * or .csv (one sheet, UTF-8 with a BOM so Excel in Chinese locales reads it
 * right, dates as YYYY-MM-DD). Text that a spreadsheet would run as a
 * formula is neutralized in both.
 */
export async function writeWorkbookFile(workbook: MemoryWorkbook, format: 'xlsx' | 'csv', options: { sheet?: string } = {}): Promise<Uint8Array> {
  if (format === 'csv') return writeCsv(pickSheet(workbook, options.sheet));
  const book = new ExcelJS.Workbook();
  for (const name of workbook.sheetNames()) writeSheet(book, workbook.sheet(name));
  const buffer = await book.xlsx.writeBuffer();
  // Charts and print setup are parts of their own, added to whatever the writer made.
  return addXlsxChartParts(new Uint8Array(buffer as ArrayBuffer), workbook.sheetNames().map((n) => workbook.sheet(n)));
}

function pickSheet(workbook: MemoryWorkbook, name?: string): MemorySheet {
  if (name !== undefined) return workbook.sheet(name);
  const first = workbook.sheetNames().map((n) => workbook.sheet(n)).find((s) => !s.hidden);
  if (!first) throw new DossierError('file.noSheets', { en: 'There is no visible sheet to write.', zh: '没有可写出的可见工作表。' });
  return first;
}

function writeCsv(sheet: MemorySheet): Uint8Array {
  const rows = sheet.values.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cellToText(cell ?? null))));
  const text = `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
  return new TextEncoder().encode(text);
}

function writeSheet(book: ExcelJS.Workbook, sheet: MemorySheet): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : undefined,
  });
  for (const format of sheet.columnFormats) {
    if (format.numberFormat) ws.getColumn(format.col + 1).numFmt = format.numberFormat;
    if (format.list && format.list.length > 0) {
      const column = ws.getColumn(format.col + 1).letter;
      rangeValidations(ws).add(`${column}${format.fromRow + 1}:${column}1048576`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${format.list.map((v) => v.replace(/"/g, '""')).join(',')}"`],
        showErrorMessage: true,
      });
    }
  }
  sheet.values.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = excelValueOf(value);
      const format = sheet.formats[r]?.[c];
      if (format) cell.numFmt = format;
      else if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
  for (const mark of sheet.marks) {
    const cell = ws.getCell(mark.row + 1, mark.col + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILLS[mark.severity] } };
    if (mark.note) cell.note = mark.note;
  }
  for (const { row, table } of sheet.tables) {
    const headerRow = row + (table.title ? 1 : 0);
    ws.getRow(headerRow + 1).font = { bold: true };
    if (table.title) ws.getRow(row + 1).font = { bold: true, size: 13 };
    if (table.totalsRow !== undefined) ws.getRow(headerRow + 2 + table.totalsRow).font = { bold: true };
  }
  if (sheet.protection) {
    if (sheet.protection.headerRows !== undefined) {
      // Lock only the header: every column is unlocked, then the header rows locked again.
      const columns = Math.max(1, ...sheet.values.map((r) => r.length));
      for (let c = 1; c <= columns; c++) ws.getColumn(c).protection = { locked: false };
      for (let r = 1; r <= sheet.protection.headerRows; r++) for (let c = 1; c <= columns; c++) ws.getCell(r, c).protection = { locked: true };
    }
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, sort: true, autoFilter: true, formatColumns: true, insertRows: true, deleteRows: true });
  }
}

function excelValueOf(value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return neutralizeFormula(value);
  if (value instanceof Date) return value;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue['error'] };
  return value;
}

/** exceljs keeps range-wide validations (one rule for a whole column) on `worksheet.dataValidations`, which its typings omit. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}
