import type { MatchProfile } from './matchProfile';
import { soundex } from './soundex';

/**
 * The keys a row is filed under; only rows sharing a key are compared, so
 * candidate pairs grow with rows instead of with rows². Several keys catch
 * what one would miss: an identifier; the name (exact, or by sound: pinyin
 * or tokens, which also meets 王芳 with "Fang Wang") together with a city,
 * birthday or company; Soundex codes with the birth year (spelling slips in
 * Latin names); birthday; address. A name alone is a key only while it is
 * rare (see BLOCK_LIMITS): 张伟 alone would be a block of hundreds.
 */
export function blockingKeys(p: MatchProfile): string[] {
  const keys: string[] = [];
  for (const { field, values } of p.identifiers) for (const v of values) keys.push(`i:${field}:${v}`);
  if (p.name) {
    const { exact, sound } = p.name;
    keys.push(`n:${exact}`, `s:${sound}`);
    // The most specific place only (city over province): both would repeat the same pairs.
    const place = p.location[p.location.length - 1]?.value;
    if (place) keys.push(`nl:${sound}|${place}`);
    if (p.birthday) keys.push(`nb:${sound}|${p.birthday}`);
    if (p.company) keys.push(`nc:${sound}|${p.company}`);
    // Spelling slips only happen in Latin names; Chinese names are typed through an input method (pinyin covers them).
    if (p.name.script === 'latin') {
      const codes = p.name.tokens.map(soundex).filter((c) => c !== '').sort();
      if (codes.length > 0) keys.push(`x:${codes.join('')}`);
      if (p.birthday) for (const code of codes) keys.push(`xb:${code}:${p.birthday.slice(0, 4)}`);
    }
  }
  if (p.birthday) keys.push(`b:${p.birthday}`);
  if (p.address) keys.push(`a:${p.address}`);
  return keys;
}

/**
 * The largest block each kind of key may form: beyond it the key says too
 * little to be worth rows² comparisons, and the pairs must come from a more
 * specific key. Names alone are kept to small blocks; names with a place,
 * birthday or company may form larger ones.
 */
export const BLOCK_LIMITS: Readonly<Record<string, number>> = { i: 60, n: 12, s: 12, nl: 40, nb: 40, nc: 40, x: 20, xb: 40, b: 40, a: 40 };

export function blockLimit(key: string, fallback: number): number {
  return BLOCK_LIMITS[key.slice(0, key.indexOf(':'))] ?? fallback;
}
