import { charPinyin } from './chineseText';
import { editDistance } from './editDistance';
import { jaroWinkler } from './jaroWinkler';
import type { NameProfile } from './nameProfile';

/**
 * How alike two names are, as the levels a Fellegi-Sunter comparison
 * weighs: `exact` (after simplification, case, spacing, order, nicknames),
 * `close` (homophones, typos, the same name in pinyin), `partial`
 * (initials, a missing given name, a one-character slip), `oneToken` (one
 * part the same, another part another name: "Lydia McCarthy" and "Lydia
 * Doosey"), `dropped` (a Chinese given-name character dropped or doubled
 * under the same surname: 王芳 / 王芳芳, 王小明 / 王明), `weak`, `different`.
 */
export type NameLevel = 'exact' | 'close' | 'partial' | 'oneToken' | 'dropped' | 'weak' | 'different';

export function compareNames(a: NameProfile, b: NameProfile): NameLevel {
  if (a.exact === b.exact) return 'exact';
  if (a.script === 'han' && b.script === 'han') return compareHan(a, b);
  if (a.script === 'latin' && b.script === 'latin') return compareLatin(a, b);
  // 王芳 and "Fang Wang": the Chinese name's pinyin against the Latin tokens.
  const level = a.script === 'han' ? compareLatin(a, b) : compareLatin(b, a);
  return level === 'exact' ? 'close' : level;
}

function compareHan(a: NameProfile, b: NameProfile): NameLevel {
  if (a.sound === b.sound && a.chars.length === b.chars.length) return 'close';
  if (a.chars.length === b.chars.length) {
    let differing = -1;
    let count = 0;
    for (let i = 0; i < a.chars.length && count < 2; i++) {
      if (a.chars[i] === b.chars[i]) continue;
      differing = i;
      count++;
    }
    if (count === 1) {
      const i = differing;
      // A one-character slip that sounds nearly the same (输入法 picks the wrong 伟/玮/炜).
      if (i === 0) return 'different'; // another surname is another family
      if (editDistance(charPinyin(a.chars[i]!), charPinyin(b.chars[i]!), 1) <= 1) return 'partial';
      return 'weak';
    }
  }
  // A dropped or added character (王小明 / 王明).
  if (Math.abs(a.chars.length - b.chars.length) === 1 && a.chars[0] === b.chars[0]) {
    const shorter = a.chars.length < b.chars.length ? a.chars : b.chars;
    const longer = a.chars.length < b.chars.length ? b.chars : a.chars;
    if (shorter.every((ch) => longer.includes(ch))) return 'dropped';
  }
  return 'different';
}

function compareLatin(a: NameProfile, b: NameProfile): NameLevel {
  if (a.sortedTokens === b.sortedTokens) return 'exact';
  // Every token of the shorter name finds a near-identical token in the other (typos, swapped order).
  const shorter = a.tokens.length <= b.tokens.length ? a.tokens : b.tokens;
  const longer = a.tokens.length <= b.tokens.length ? b.tokens : a.tokens;
  let sum = 0;
  let allNear = true;
  let byInitial = false;
  let sameToken = false;
  // Each token of the longer name pairs with one of the shorter's at most: "john johnson" and "james
  // johnson" had both johns met by "johnson" and came out close. Equal tokens pair first, then each
  // token takes the most alike of those left (a bit set; a name of more than 30 parts lets them be shared).
  let taken = 0;
  let equalShort = 0;
  const exclusive = longer.length <= 30 && shorter.length <= 30;
  if (exclusive) {
    for (let t = 0; t < shorter.length; t++) {
      for (let k = 0; k < longer.length; k++) {
        if ((taken & (1 << k)) !== 0 || longer[k] !== shorter[t]) continue;
        taken |= 1 << k;
        equalShort |= 1 << t;
        break;
      }
    }
  }
  for (let t = 0; t < shorter.length; t++) {
    const token = shorter[t]!;
    let best = (equalShort & (1 << t)) !== 0 ? 1 : -Infinity;
    if (best < 1) {
      let bestAt = -1;
      for (let k = 0; k < longer.length; k++) {
        if (exclusive && (taken & (1 << k)) !== 0) continue;
        const similarity = tokenSimilarity(token, longer[k]!);
        if (similarity > best) {
          best = similarity;
          bestAt = k;
        }
      }
      if (bestAt >= 0 && exclusive) taken |= 1 << bestAt;
      if (bestAt < 0) best = 0;
    }
    sum += best;
    if (best === 1 && token.length > 1) sameToken = true;
    if (best < 0.9) allNear = false;
    if (token.length === 1) byInitial = true;
  }
  for (const token of longer) if (token.length === 1) byInitial = true;
  const mean = sum / shorter.length;
  if (shorter.length === longer.length && mean >= 0.9) return byInitial ? 'partial' : 'close';
  if (jaroWinkler(a.joinedTokens, b.joinedTokens) >= 0.93) return 'close';
  if (shorter.length < longer.length && allNear) return 'partial';
  if (mean >= 0.9) return 'partial';
  // A married name, a middle name used as the first, a part typed as another name.
  if (sameToken && shorter.length > 1) return 'oneToken';
  if (mean >= 0.8) return 'weak';
  return 'different';
}

/** Tokens compared with initials allowed: "j" meets "john". */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.9;
  return jaroWinkler(a, b);
}
