import type { CellValue } from '../core/cell';
import { DossierError } from '../core/errors';
import { restoreNeutralized } from '../core/output/neutralizeFormula';
import { MemoryWorkbook } from '../memory/memoryWorkbook';
import { decodeText } from './decodeText';
import { onlyCrlf } from './onlyCrlf';
import { parseCsvRows } from './parseCsvRows';
import { readXlsx as readXlsxPackage, type ReadProgress } from './xlsx/readXlsx';
import { MAX_INFLATION, MAX_UNPACKED_BYTES, zipUnpackedBytes } from './zipBudget';

/**
 * Input files larger than this are refused with a message instead of
 * exhausting memory. A million-row customer .csv (Excel's sheet holds
 * 1,048,576 rows) is about 230 MB; 500 MB keeps the decoded text under V8's
 * longest string (2^29 - 24 characters) whatever the encoding.
 */
export const MAX_FILE_BYTES = 500 * 1_048_576;

/**
 * Reads an .xlsx or .csv file's bytes into a memory workbook. Browser-safe
 * (no file system): the command line reads the bytes, the preview gets them
 * from a file picker.
 */
export async function readWorkbookFile(bytes: Uint8Array, fileName: string, options: ReadProgress = {}): Promise<MemoryWorkbook> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DossierError('file.tooLarge', {
      en: `"${fileName}" is ${Math.round(bytes.length / 1_048_576)} MB; Dossier reads files up to ${MAX_FILE_BYTES / 1_048_576} MB. Split it, or save it as .csv.`,
      zh: `"${fileName}"有 ${Math.round(bytes.length / 1_048_576)} MB；Dossier 最多读取 ${MAX_FILE_BYTES / 1_048_576} MB 的文件。请拆分文件或另存为 .csv。`,
    });
  }
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsx(bytes, fileName, options);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return readCsv(bytes, fileName, options);
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

async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadProgress): Promise<MemoryWorkbook> {
  const budget = zipUnpackedBytes(bytes);
  if (budget && (budget.unpacked > MAX_UNPACKED_BYTES || budget.unpacked > bytes.length * MAX_INFLATION)) {
    throw new DossierError('file.suspicious', {
      en: `"${fileName}" would unpack to ${Math.round(budget.unpacked / 1_048_576)} MB, far more than a workbook of its size holds; it was not opened.`,
      zh: `"${fileName}"解压后将有 ${Math.round(budget.unpacked / 1_048_576)} MB，远超同等大小的工作簿，已拒绝打开。`,
    });
  }
  return readXlsxPackage(bytes, fileName, options);
}

function readCsv(bytes: Uint8Array, fileName: string, options: ReadProgress): MemoryWorkbook {
  const { text } = decodeText(bytes);
  if (text.trim() === '') {
    throw new DossierError('file.empty', { en: `"${fileName}" is empty.`, zh: `"${fileName}"是空文件。` });
  }
  // Files pasted together from several systems mix CRLF, LF and CR; the parser expects one kind, and every break becomes LF, in cells too.
  // A file of CRLF alone (as Excel and Dossier save) is parsed as it is, and only the cells holding a break are rewritten: copying the
  // whole text to replace its breaks cost about 0.25 CPU s and 36 MB on 100,000 rows.
  const crlf = onlyCrlf(text);
  const normalized = crlf || !text.includes('\r') ? text : text.replace(/\r\n?/g, '\n');
  // Each row's cells become cell values in place as its slice is parsed: no second grid of 26 million cells.
  const convert = (row: string[]): void => {
    const cells = row as CellValue[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      cells[c] = cell === '' ? null : restoreNeutralized(crlf && cell.includes('\r') ? cell.replace(/\r\n/g, '\n') : cell);
    }
  };
  const { rows, quoteError } = parseCsvRows(normalized, headerDelimiter(normalized), convert, options.onProgress, undefined, crlf ? '\r\n' : '\n');
  if (quoteError) {
    throw new DossierError('file.badCsv', {
      en: `"${fileName}" has an unclosed quote near row ${quoteError.row + 1}; check that quotes in the file are paired.`,
      zh: `"${fileName}"第 ${quoteError.row + 1} 行附近有未闭合的引号，请检查引号是否成对。`,
    });
  }
  const values = rows as unknown as CellValue[][];
  while (values.length > 0 && values[values.length - 1]!.every((cell) => cell === null)) values.pop();
  const name = fileName.replace(/\.[^.]+$/, '').slice(0, 31) || 'Sheet1';
  // The rows were made here for this workbook alone: adopted, not copied (a million rows are 26 million cells).
  return MemoryWorkbook.fromSheets([{ name, values }], null, { adopt: true });
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
  // The header line only: iterating the whole text's characters would walk a million rows on an unpaired quote.
  for (const ch of text.slice(0, 65_536)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const [d, n] of Object.entries(counts)) if (n > counts[best]!) best = d;
  return best;
}
