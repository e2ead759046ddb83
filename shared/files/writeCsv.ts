import type { CellValue } from '../core/cell';
import { cellToText } from '../core/normalize/cellToText';
import { neutralizeFormula } from '../core/output/neutralizeFormula';
import { csvField } from './csvField';

/** Rows joined into one string and encoded at a time: a few MB, never the whole file as one string. */
const ROWS_PER_PIECE = 4096;

/**
 * A sheet's rows as CSV bytes: UTF-8 with a BOM (so Excel in Chinese
 * locales reads it right), CRLF after every row, each row as long as it
 * is, dates as YYYY-MM-DD, formula-like text neutralized. Written a piece
 * of rows at a time straight from the grid: no copy of the rows, no
 * whole-file string (a million rows held twice more).
 */
export function writeCsv(rows: readonly (readonly CellValue[])[], onProgress?: (fraction: number) => void): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [encoder.encode('\uFEFF')];
  let length = pieces[0]!.length;
  for (let start = 0; start < rows.length || start === 0; start += ROWS_PER_PIECE) {
    let text = '';
    const end = Math.min(rows.length, start + ROWS_PER_PIECE);
    for (let r = start; r < end; r++) {
      const row = rows[r]!;
      let line = '';
      for (let c = 0; c < row.length; c++) {
        const cell = row[c] ?? null;
        if (c > 0) line += ',';
        if (cell !== null) line += csvField(typeof cell === 'string' ? neutralizeFormula(cell) : cellToText(cell));
      }
      text += `${line}\r\n`;
    }
    // An empty sheet is one empty line, as a spreadsheet saves it.
    if (rows.length === 0) text = '\r\n';
    const piece = encoder.encode(text);
    pieces.push(piece);
    length += piece.length;
    onProgress?.(end / Math.max(1, rows.length));
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}
