import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from '../core/cell';
import { DossierError } from '../core/errors';
import { restoreNeutralized } from '../core/output/neutralizeFormula';
import { MemoryWorkbook, type MemorySheetInput } from '../memory/memoryWorkbook';
import { decodeText } from './decodeText';
import { zipUnpackedBytes } from './zipBudget';

/** Input files larger than this are refused with a message instead of exhausting memory. */
export const MAX_FILE_BYTES = 200 * 1_048_576;
/** An .xlsx may unpack to at most this much, and to at most this many times its own size (real workbooks: about 5-15x). */
const MAX_UNPACKED_BYTES = 1_024 * 1_048_576;
const MAX_INFLATION = 100;

/**
 * Reads an .xlsx or .csv file's bytes into a memory workbook. Browser-safe
 * (no file system): the command line reads the bytes, the preview gets them
 * from a file picker.
 */
export async function readWorkbookFile(bytes: Uint8Array, fileName: string): Promise<MemoryWorkbook> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DossierError('file.tooLarge', {
      en: `"${fileName}" is ${Math.round(bytes.length / 1_048_576)} MB; Dossier reads files up to ${MAX_FILE_BYTES / 1_048_576} MB. Split it, or save it as .csv.`,
      zh: `"${fileName}"有 ${Math.round(bytes.length / 1_048_576)} MB；Dossier 最多读取 ${MAX_FILE_BYTES / 1_048_576} MB 的文件。请拆分文件或另存为 .csv。`,
    });
  }
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsx(bytes, fileName);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return readCsv(bytes, fileName);
  if (ext === 'xls') {
    throw new DossierError('file.oldExcel', {
      en: `"${fileName}" is an old-style .xls file; open it in Excel or Sheets and save it as .xlsx, then try again.`,
      zh: `"${fileName}"是旧版 .xls 文件；请在 Excel 或表格中另存为 .xlsx 后再试。`,
    });
  }
  throw new DossierError('file.unsupported', {
    en: `"${fileName}" is not an .xlsx or .csv file.`,
    zh: `"${fileName}"不是 .xlsx 或 .csv 文件。`,
  });
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<MemoryWorkbook> {
  const budget = zipUnpackedBytes(bytes);
  if (budget && (budget.unpacked > MAX_UNPACKED_BYTES || budget.unpacked > bytes.length * MAX_INFLATION)) {
    throw new DossierError('file.suspicious', {
      en: `"${fileName}" would unpack to ${Math.round(budget.unpacked / 1_048_576)} MB, far more than a workbook of its size holds; it was not opened.`,
      zh: `"${fileName}"解压后将有 ${Math.round(budget.unpacked / 1_048_576)} MB，远超同等大小的工作簿，已拒绝打开。`,
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes a Buffer in Node and an ArrayBuffer in the browser; a copy of exactly these bytes serves both.
    const data = bytes.slice().buffer;
    await workbook.xlsx.load(typeof Buffer === 'undefined' ? data : (Buffer.from(data) as never));
  } catch (error) {
    throw new DossierError(
      'file.corrupt',
      { en: `"${fileName}" could not be read as an Excel workbook; it may be damaged or not really .xlsx.`, zh: `无法将"${fileName}"读取为 Excel 工作簿；文件可能已损坏或并非 .xlsx。` },
      error instanceof Error ? error.message : String(error),
    );
  }
  const sheets: MemorySheetInput[] = [];
  workbook.eachSheet((worksheet) => {
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      const rowFormats: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        cells[colNumber - 1] = cellValueOf(cell.value);
        rowFormats[colNumber - 1] = cell.numFmt ?? '';
      });
      values[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
      formats[rowNumber - 1] = Array.from(rowFormats, (f) => f ?? '');
    });
    sheets.push({ name: worksheet.name, values: Array.from(values, (r) => r ?? []), formats: Array.from(formats, (r) => r ?? []), hidden: worksheet.state !== 'visible' });
  });
  return MemoryWorkbook.fromSheets(sheets);
}

/** An exceljs cell value as the core's CellValue: formulas give their last result, rich text its text. */
function cellValueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return restoreNeutralized(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return restoreNeutralized(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) return null;
    if (typeof result === 'object' && result !== null && !(result instanceof Date) && 'error' in result) return { error: String(result.error) };
    return cellValueOf(result as ExcelJS.CellValue);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellValueOf(value.text as ExcelJS.CellValue);
  return null;
}

function readCsv(bytes: Uint8Array, fileName: string): MemoryWorkbook {
  const { text } = decodeText(bytes);
  if (text.trim() === '') {
    throw new DossierError('file.empty', { en: `"${fileName}" is empty.`, zh: `"${fileName}"是空文件。` });
  }
  // Files pasted together from several systems mix CRLF, LF and CR; the parser expects one kind.
  const normalized = text.replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalized, { skipEmptyLines: false, newline: '\n', delimiter: headerDelimiter(normalized) });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new DossierError('file.badCsv', {
      en: `"${fileName}" has an unclosed quote near row ${(fatal.row ?? 0) + 1}; check that quotes in the file are paired.`,
      zh: `"${fileName}"第 ${(fatal.row ?? 0) + 1} 行附近有未闭合的引号，请检查引号是否成对。`,
    });
  }
  const rows = parsed.data.map((row) => row.map((cell): CellValue => (cell === '' ? null : restoreNeutralized(cell))));
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null)) rows.pop();
  const name = fileName.replace(/\.[^.]+$/, '').slice(0, 31) || 'Sheet1';
  return MemoryWorkbook.fromSheets([{ name, values: rows }]);
}

/**
 * The delimiter of a CSV, read from its header line: the most frequent of
 * comma, semicolon (European Excel), tab and pipe outside quotes, comma when
 * none. Papaparse's own guess looks at data rows, where a cell such as ";"
 * can mislead it.
 */
function headerDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const [d, n] of Object.entries(counts)) if (n > counts[best]!) best = d;
  return best;
}
