/** The zero-based column of a cell reference ("AB12" -> 27), -1 when it has no letters. */
export function columnOfReference(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

/** The letters of a zero-based column (27 -> "AB"). */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A range reference ("A1:C3", or one cell "B2") as 1-based [row1, col1, row2, col2]; null when it is not one. */
export function rangeOfReference(ref: string): [number, number, number, number] | null {
  const m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(ref);
  if (!m) return null;
  const c1 = columnOfReference(m[1]!) + 1;
  const r1 = Number(m[2]);
  return [r1, c1, m[4] ? Number(m[4]) : r1, m[3] ? columnOfReference(m[3]) + 1 : c1];
}
