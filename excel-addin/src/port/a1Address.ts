/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1 address of a block given as 0-based offsets (`A1`, `B2:D9`). */
export function a1Address(row: number, col: number, rowCount = 1, columnCount = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rowCount === 1 && columnCount === 1 ? start : `${start}:${columnLetters(col + columnCount - 1)}${row + rowCount}`;
}

/** A sheet-qualified address (`'Customers 2'!B7`), quoting the name as Excel does. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1Address(row, col)}`;
}
