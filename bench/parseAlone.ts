import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { decodeText } from '../shared/files/decodeText';
import { readXlsx } from '../shared/files/xlsx/readXlsx';

/**
 * The floor a command is measured against: reading the file alone, every
 * cell touched: .xlsx with Dossier's reader (fflate + its tokenizer, the
 * reader bench/xlsxReaders.ts chose), .csv decoded and parsed by papaparse.
 * Run in a process of its own by the cli benchmark; prints its cell count.
 */
export function parseAlone(file: string): number {
  const bytes = readFileSync(file);
  let cells = 0;
  if (file.endsWith('.csv')) {
    const parsed = Papa.parse<string[]>(decodeText(bytes).text, { skipEmptyLines: false });
    for (const row of parsed.data) for (const cell of row) if (cell !== '') cells++;
  } else {
    const workbook = readXlsx(bytes, basename(file));
    for (const name of workbook.sheetNames()) for (const row of workbook.sheet(name).values) for (const cell of row) if (cell !== null) cells++;
  }
  return cells;
}
