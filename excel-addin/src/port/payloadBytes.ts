/**
 * Rough JSON size of a cell as Office.js sends it (UTF-8: non-ASCII text
 * such as Chinese counts three bytes a character, plus quotes and comma).
 * Used to size chunks under Excel on the web's 5 MB payload limit.
 */
export function cellPayloadBytes(value: unknown): number {
  if (typeof value === 'string') {
    let bytes = value.length + 3;
    for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) bytes += 2;
    return bytes;
  }
  if (typeof value === 'number') return 20;
  if (typeof value === 'boolean') return 6;
  return 5;
}

export function rowPayloadBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const cell of row) bytes += cellPayloadBytes(cell);
  return bytes;
}

/**
 * Splits rows into consecutive chunks whose estimated payload stays under
 * `budget` bytes and `maxCells` cells (a single oversized row still forms
 * its own chunk; the halving retry handles the rest).
 */
export function chunkRowsByPayload(rowBytes: readonly number[], columns: number, budget: number, maxCells: number): Array<{ start: number; count: number }> {
  const chunks: Array<{ start: number; count: number }> = [];
  const maxRows = Math.max(1, Math.floor(maxCells / Math.max(1, columns)));
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < rowBytes.length; r++) {
    const size = rowBytes[r]!;
    if (r > start && (bytes + size > budget || r - start >= maxRows)) {
      chunks.push({ start, count: r - start });
      start = r;
      bytes = 0;
    }
    bytes += size;
  }
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start });
  return chunks;
}
