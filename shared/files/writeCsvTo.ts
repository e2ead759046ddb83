import type { CellValue } from '../core/cell';
import { cellToText } from '../core/normalize/cellToText';
import { neutralizeFormula } from '../core/output/neutralizeFormula';
import { csvField } from './csvField';
import { utf8Chunks } from './utf8Chunks';

/** Rows between progress reports. */
const ROWS_PER_REPORT = 4096;

/**
 * A sheet's rows as CSV bytes (see writeCsv), handed to `write` a chunk at a
 * time as they are made (utf8Chunks: `write` must take the bytes before it
 * returns). Each line is encoded as soon as it is built: encoding pieces of
 * 4,096 lines joined into one string took twice as long.
 */
export function writeCsvTo(rows: readonly (readonly CellValue[])[], write: (bytes: Uint8Array) => void, onProgress?: (fraction: number) => void): void {
  const out = utf8Chunks(write);
  out.append('\uFEFF');
  // An empty sheet is one empty line, as a spreadsheet saves it.
  if (rows.length === 0) out.append('\r\n');
  for (let start = 0; start < rows.length; start += ROWS_PER_REPORT) {
    const end = Math.min(rows.length, start + ROWS_PER_REPORT);
    for (let r = start; r < end; r++) {
      const row = rows[r]!;
      let line = '';
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] ?? null;
        if (c > 0) line += ',';
        if (cell !== null) line += csvField(typeof cell === 'string' ? neutralizeFormula(cell) : cellToText(cell));
      }
      out.append(`${line}\r\n`);
    }
    onProgress?.(end / rows.length);
  }
  out.end();
  if (rows.length === 0) onProgress?.(1);
}
