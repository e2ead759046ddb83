const CODES: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

/** American Soundex (`robert` → `R163`): a blocking key that survives most spelling slips in Latin names. */
export function soundex(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return '';
  let code = letters[0]!.toUpperCase();
  let last = CODES[letters[0]!] ?? '';
  for (const ch of letters.slice(1)) {
    const digit = CODES[ch] ?? '';
    if (digit !== '' && digit !== last) code += digit;
    // h and w do not separate equal codes; vowels do.
    if (ch !== 'h' && ch !== 'w') last = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, '0');
}
