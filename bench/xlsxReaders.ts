import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import type { CellValue } from '../shared/core/cell';
import { entryText } from '../shared/files/xlsx/entryText';
import { readSharedStrings } from '../shared/files/xlsx/readSharedStrings';
import { readStyles } from '../shared/files/xlsx/readStyles';
import { readWorkbookParts } from '../shared/files/xlsx/readWorkbookParts';
import { readXlsx } from '../shared/files/xlsx/readXlsx';
import { SheetReader } from '../shared/files/xlsx/sheetReader';
import { zipEntries } from '../shared/files/xlsx/zipEntries';

/**
 * Candidate .xlsx readers on one file, each in a process of its own (time
 * and peak memory are that reader's alone), every cell touched:
 *   exceljs            the whole workbook model (Dossier's reader before)
 *   exceljs-stream     exceljs's streaming WorkbookReader
 *   fflate+saxes       fflate inflating piece by piece, saxes tokenizing
 *   fflate+tokenizer   fflate + Dossier's SpreadsheetML tokenizer (the reader now)
 * Run by `npm run bench -- readers` (xlsxReadersBench.ts); results in xlsxReaders.md.
 */
export const candidates: Record<string, (bytes: Uint8Array) => Promise<number>> = {
  async exceljs(bytes) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    let cells = 0;
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (cell.value !== null && cell.value !== undefined && cells++))));
    return cells;
  },
  async 'exceljs-stream'(bytes) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
    let cells = 0;
    for await (const sheet of reader) for await (const row of sheet as AsyncIterable<ExcelJS.Row>) row.eachCell((cell) => void (cell.value !== null && cell.value !== undefined && cells++));
    return cells;
  },
  async 'fflate+saxes'(bytes) {
    const list = zipEntries(bytes)!;
    const entries = new Map(list.map((e) => [e.name, e]));
    const parts = readWorkbookParts(bytes, entries)!;
    const strings = readSharedStrings(bytes, entries.get(parts.sharedStrings!));
    const styles = readStyles(bytes, entries.get(parts.styles!));
    let cells = 0;
    for (const sheet of parts.sheets) {
      const reader = new SheetReader(strings, styles, parts.date1904, new Map());
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => reader.open(local(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
      parser.on('closetag', (tag) => reader.close(local(tag.name)));
      parser.on('text', (text) => reader.text(text));
      entryText(bytes, entries.get(sheet.path!)!, Infinity, (text) => void parser.write(text));
      parser.close();
      cells += count(reader.rows());
    }
    return cells;
  },
  async 'fflate+tokenizer'(bytes) {
    const workbook = readXlsx(bytes, 'bench.xlsx');
    let cells = 0;
    for (const name of workbook.sheetNames()) cells += count(workbook.sheet(name).values);
    return cells;
  },
};
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function count(rows: readonly (readonly CellValue[])[]): number {
  let cells = 0;
  for (const row of rows) for (const cell of row) if (cell !== null) cells++;
  return cells;
}

/** Reads FILE with one candidate and prints how many cells it found (its own process: the bench times it from outside). */
export async function readWith(name: string, file: string): Promise<void> {
  const cells = await candidates[name]!(readFileSync(file));
  process.stdout.write(`${cells}\n`);
}
