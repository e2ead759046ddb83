import type { MatchProfile } from './matchProfile';
import { soundex } from './soundex';

/**
 * The keys a row is filed under; only rows sharing a key are compared, so
 * candidate pairs grow with rows instead of with rows². Several keys catch
 * what one would miss: an identifier, the exact name, the name's sound
 * (pinyin or tokens, which also meets 王芳 with "Fang Wang"), Soundex codes
 * alone and with the birth year (spelling slips in Latin names), birthday, address.
 */
export function blockingKeys(p: MatchProfile): string[] {
  const keys: string[] = [];
  for (const [field, values] of p.identifiers) for (const v of values) keys.push(`i:${field}:${v}`);
  if (p.name) {
    keys.push(`n:${p.name.exact}`, `s:${p.name.sound}`);
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
