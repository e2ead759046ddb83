import type { CellValue } from '../core/cell';
import { writeCsvTo } from './writeCsvTo';

/**
 * A sheet's rows as CSV bytes: UTF-8 with a BOM (so Excel in Chinese
 * locales reads it right), CRLF after every row, each row as long as it
 * is, dates as YYYY-MM-DD, formula-like text neutralized. Made straight
 * from the grid, a chunk at a time (writeCsvTo): no copy of the rows, no
 * whole-file string (a million rows held twice more).
 */
export function writeCsv(rows: readonly (readonly CellValue[])[], onProgress?: (fraction: number) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  writeCsvTo(
    rows,
    (bytes) => {
      chunks.push(bytes.slice());
      length += bytes.length;
    },
    onProgress,
  );
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
