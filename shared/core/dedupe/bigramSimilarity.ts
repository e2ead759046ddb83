/**
 * The sorted character-pair codes of a text, for bigramSimilarity. Made
 * once per distinct address: comparing two is then a merge of two short
 * sorted arrays.
 */
export function bigramsOf(text: string): Int32Array {
  if (text.length < 2) return new Int32Array(0);
  const grams = new Int32Array(text.length - 1);
  for (let i = 0; i < grams.length; i++) grams[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return grams.sort();
}

/**
 * Dice's coefficient of two texts' character pairs, in [0, 1]: address
 * lines written in another order, a space put in ("pub lic") or a typo
 * cost only the pairs they touch, where a character-by-character measure
 * (Jaro-Winkler) loses most of the match once the order changes.
 */
export function bigramSimilarity(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
