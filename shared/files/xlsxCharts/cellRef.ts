/** `'Sheet name'!$A$1:$A$9` for 0-based grid offsets (a quote in a name doubled, as Excel writes it). */
export function cellRef(sheet: string, row: number, col: number, rows = 1, cols = 1): string {
  const one = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const range = rows === 1 && cols === 1 ? one(row, col) : `${one(row, col)}:${one(row + rows - 1, col + cols - 1)}`;
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
