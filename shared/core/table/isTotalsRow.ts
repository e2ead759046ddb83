import { isBlankCell, isCellError, type CellValue } from '../cell';
import { parseAmount } from '../normalize/parseAmount';
import { foldHeader } from '../template/foldHeader';

/**
 * A totals word as a clerk writes it, folded like a header (no spaces, so
 * `合 计` counts), optionally followed by a colon and a note (`合计：200人`).
 */
const TOTALS_WORD = /^(?:合计|总计|小计|共计|总和|累计|total|totals|grandtotal|subtotal|sum)(?:[:：].*)?$/u;

/**
 * Whether a row is a totals row rather than a customer: one text cell holds
 * a totals word (`合计`, `Total`, `小计`…) and every other filled cell is a
 * number (or a formula's error), as sums under numeric columns read;
 * number-like text counts in `sumColumns` only (a CSV's sums), since in a
 * phone or id column it is a customer's. A customer row
 * always has some text besides a name (a phone, an e-mail, a date…).
 */
export function isTotalsRow(cells: readonly CellValue[], sumColumns?: ReadonlySet<number>): boolean {
  let words = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c]!;
    // A formula's result: a number, or an error (`#REF!`) where a sum broke.
    if (cell === null || typeof cell === 'number' || (typeof cell === 'object' && isCellError(cell))) continue;
    if (typeof cell !== 'string') return false;
    // A CSV holds its sums as text; a phone column's digits are no sum.
    if (isBlankCell(cell) || (sumColumns?.has(c) === true && parseAmount(cell) !== null)) continue;
    if (words > 0 || !TOTALS_WORD.test(foldHeader(cell))) return false;
    words++;
  }
  return words === 1;
}
