import { columnLetters } from './columnLetters';

/**
 * The conditional-format formula that marks a stale customer row, written
 * for the range's first row `firstRow` (the sheet's 1-based row number; the
 * hosts shift it down the range, Excel relative to the range's top-left
 * cell, Sheets likewise): a
 * non-empty row whose later of Updated / Last Contact is more than `days`
 * before today, or that has neither (template.md, "Staleness"). Function
 * names and separators are the API's invariant (English) ones; Excel's and
 * Sheets' conditional formats both take it as it is.
 */
export function staleRowFormula(dateColumns: readonly number[], columnCount: number, days: number, firstRow: number): string {
  const refs = dateColumns.map((col) => `$${columnLetters(col)}${firstRow}`);
  const neither = `AND(${refs.map((ref) => `${ref}=""`).join(',')})`;
  const latest = refs.length === 1 ? refs[0]! : `MAX(${refs.join(',')})`;
  return `=AND(COUNTA($A${firstRow}:$${columnLetters(Math.max(0, columnCount - 1))}${firstRow})>0,OR(${neither},TODAY()-${latest}>${Math.floor(days)}))`;
}
