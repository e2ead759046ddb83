import { DossierError } from '../core/errors';
import type { MemorySheet, MemoryWorkbook } from '../memory/memoryWorkbook';
import { writeCsv } from './writeCsv';
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
  if (format === 'csv') return writeCsv(pickSheet(workbook, options.sheet).values, options.onProgress);
  // Charts and print setup are parts of their own, added to what the writer made (only a report has them).
  return addXlsxChartParts(writeXlsx(workbook, options), workbook.sheetNames().map((n) => workbook.sheet(n)));
}

function pickSheet(workbook: MemoryWorkbook, name?: string): MemorySheet {
  if (name !== undefined) return workbook.sheet(name);
  const first = workbook.sheetNames().map((n) => workbook.sheet(n)).find((s) => !s.hidden);
  if (!first) throw new DossierError('file.noSheets', { en: 'There is no visible sheet to write.', zh: '没有可写出的可见工作表。' });
  return first;
}
