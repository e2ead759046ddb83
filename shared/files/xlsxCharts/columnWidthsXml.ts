import type { CellValue } from '../../core/cell';
import { cellToText } from '../../core/normalize/cellToText';

const MIN = 9;
const MAX = 32;

/**
 * `<cols>` wide enough for each column's longest entry (a Han character
 * counts two), so labels and amounts are not cut off. Rows with one cell
 * only (titles, notes) are left out: their text runs on over empty cells.
 */
export function columnWidthsXml(values: readonly (readonly CellValue[])[]): string {
  const widths: number[] = [];
  for (const row of values) {
    if (row.filter((v) => v !== null && v !== '').length < 2) continue;
    row.forEach((value, c) => {
      if (value === null) return;
      const text = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) + '    ' : cellToText(value);
      let width = 2;
      for (const ch of text) width += /[\u1100-\uFFEF]/.test(ch) ? 2 : 1;
      widths[c] = Math.max(widths[c] ?? MIN, Math.min(MAX, width));
    });
  }
  if (widths.length === 0) return '';
  return `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w ?? MIN}" customWidth="1"/>`).join('')}</cols>`;
}
