import type { CellValue } from '../core/cell';
import { cellToText } from '../core/normalize/cellToText';
import { neutralizeFormula } from '../core/output/neutralizeFormula';
import { csvField } from './csvField';

/** Rows between progress reports. */
const ROWS_PER_REPORT = 4096;
/** Bytes gathered before they are handed on: a few syscalls per MB, and the same memory for every chunk. */
const CHUNK = 1 << 20;

/**
 * A sheet's rows as CSV bytes (see writeCsv), handed to `write` a chunk at a
 * time as they are made. Each line is encoded as soon as it is built, into
 * one chunk used again and again: `write` must take the bytes before it
 * returns (copy them, or write them out synchronously). Encoding pieces of
 * 4,096 lines joined into one string took twice as long, and memory never
 * touched before costs here about as much as the encoding itself.
 */
export function writeCsvTo(rows: readonly (readonly CellValue[])[], write: (bytes: Uint8Array) => void, onProgress?: (fraction: number) => void): void {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(CHUNK);
  let length = 0;
  const append = (text: string): void => {
    for (let done = 0; ; ) {
      // encodeInto stops where the room ends (never inside a character); the chunk is handed on and the rest goes into it afresh.
      const { read, written } = encoder.encodeInto(done === 0 ? text : text.slice(done), chunk.subarray(length));
      length += written;
      done += read;
      if (done >= text.length) return;
      write(chunk.subarray(0, length));
      length = 0;
    }
  };
  append('\uFEFF');
  // An empty sheet is one empty line, as a spreadsheet saves it.
  if (rows.length === 0) append('\r\n');
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
      append(`${line}\r\n`);
    }
    onProgress?.(end / rows.length);
  }
  if (length > 0) write(chunk.subarray(0, length));
  if (rows.length === 0) onProgress?.(1);
}
