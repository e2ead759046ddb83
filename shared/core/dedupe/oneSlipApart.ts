/**
 * True when two equal-length strings differ by one mistyped character or
 * two neighbouring characters swapped: the slips people make typing a phone
 * number, an id or a date. Linear, unlike a full edit distance.
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let mismatches = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (++mismatches > 2) return false;
    if (first < 0) first = i;
  }
  if (mismatches === 1) return true;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && first + 1 < a.length && a.charCodeAt(first + 1) !== b.charCodeAt(first + 1);
}
