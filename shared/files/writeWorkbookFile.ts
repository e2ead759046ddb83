import Papa from 'papaparse';
import { DossierError } from '../core/errors';
import { cellToText } from '../core/normalize/cellToText';
import { neutralizeFormula } from '../core/output/neutralizeFormula';
import type { MemorySheet, MemoryWorkbook } from '../memory/memoryWorkbook';
import { writeXlsx } from './xlsx/writeXlsx';
import type { Deflater } from './xlsx/zipWriter';
import { addXlsxChartParts } from './xlsxCharts/addXlsxChartParts';

/**
 * Writes a memory workbook as .xlsx (every sheet, with hidden state,
 * formats, dropdowns, frozen header, marks as fills and notes, protection)
 * or .csv (one sheet, UTF-8 with a BOM so Excel in Chinese locales reads it
 * right, dates as YYYY-MM-DD). Text that a spreadsheet would run as a
 * formula is neutralized in both.
 */
export async function writeWorkbookFile(workbook: MemoryWorkbook, format: 'xlsx' | 'csv', options: { sheet?: string; onProgress?: (fraction: number) => void; deflater?: () => Deflater } = {}): Promise<Uint8Array> {
  if (format === 'csv') return writeCsv(pickSheet(workbook, options.sheet));
  // Charts and print setup are parts of their own, added to what the writer made (only a report has them).
  return addXlsxChartParts(writeXlsx(workbook, options), workbook.sheetNames().map((n) => workbook.sheet(n)));
}

function pickSheet(workbook: MemoryWorkbook, name?: string): MemorySheet {
  if (name !== undefined) return workbook.sheet(name);
  const first = workbook.sheetNames().map((n) => workbook.sheet(n)).find((s) => !s.hidden);
  if (!first) throw new DossierError('file.noSheets', { en: 'There is no visible sheet to write.', zh: '没有可写出的可见工作表。' });
  return first;
}

function writeCsv(sheet: MemorySheet): Uint8Array {
  const rows = sheet.values.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cellToText(cell ?? null))));
  // Quoted also when a field holds another common separator: opened where `;` or tab separates
  // (European Excel, TSV), an unquoted `x;=1+1` would split into a cell of its own that runs.
  const text = `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: (value: unknown) => typeof value === 'string' && /[,;\t|]/.test(value) })}\r\n`;
  return new TextEncoder().encode(text);
}
