/**
 * Jaro-Winkler similarity in [0, 1]: the record-linkage standard for short
 * strings such as names, forgiving transpositions and rewarding a shared
 * prefix (Winkler, 1990).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  // Scratch flags reused across calls (an import compares hundreds of thousands of pairs); char codes, since indexing a Chinese string makes a string per character.
  const aMatched = scratch(0, a.length);
  const bMatched = scratch(1, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] === 1 || code !== b.charCodeAt(j)) continue;
      aMatched[i] = bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const flags: [Uint8Array, Uint8Array] = [new Uint8Array(64), new Uint8Array(64)];

/** Flags `which` cleared for `length` characters, grown when a string is longer than any before. */
function scratch(which: 0 | 1, length: number): Uint8Array {
  if (flags[which].length < length) flags[which] = new Uint8Array(length * 2);
  const view = flags[which];
  view.fill(0, 0, length);
  return view;
}
