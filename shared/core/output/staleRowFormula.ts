import { columnLetters } from './columnLetters';

/**
 * The conditional-format formula that marks a stale customer row, written
 * for the first data row (row 2; Excel shifts it down the range): a
 * non-empty row whose later of Updated / Last Contact is more than `days`
 * before today, or that has neither (template.md, "Staleness"). Function
 * names and separators are the API's invariant (English) ones; Excel's and
 * Sheets' conditional formats both take it as it is.
 */
export function staleRowFormula(dateColumns: readonly number[], columnCount: number, days: number): string {
  const refs = dateColumns.map((col) => `$${columnLetters(col)}2`);
  const neither = `AND(${refs.map((ref) => `${ref}=""`).join(',')})`;
  const latest = refs.length === 1 ? refs[0]! : `MAX(${refs.join(',')})`;
  return `=AND(COUNTA($A2:$${columnLetters(Math.max(0, columnCount - 1))}2)>0,OR(${neither},TODAY()-${latest}>${Math.floor(days)}))`;
}
