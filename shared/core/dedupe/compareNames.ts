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
  // Each part of one name pairs with one part of the other: "john johnson" and "james johnson" had both
  // johns met by "johnson" and came out close. The most alike parts pair first ("malakai warndke" /
  // "james warneke": warndke with warneke, then malakai with james), in a reused table; a name of more
  // parts than it holds lets parts be shared, as before.
  const pairs = shorter.length * longer.length;
  const exclusive = pairs <= SIMILARITY.length && longer.length <= 30;
  if (exclusive) {
    for (let t = 0; t < shorter.length; t++) for (let k = 0; k < longer.length; k++) SIMILARITY[t * longer.length + k] = tokenSimilarity(shorter[t]!, longer[k]!);
    let pairedShort = 0;
    let pairedLong = 0;
    for (let round = 0; round < shorter.length; round++) {
      let most = -Infinity;
      let mostT = 0;
      let mostK = 0;
      for (let t = 0; t < shorter.length; t++) {
        if ((pairedShort & (1 << t)) !== 0) continue;
        for (let k = 0; k < longer.length; k++) {
          if ((pairedLong & (1 << k)) !== 0) continue;
          const similarity = SIMILARITY[t * longer.length + k]!;
          if (similarity > most) {
            most = similarity;
            mostT = t;
            mostK = k;
          }
        }
      }
      pairedShort |= 1 << mostT;
      pairedLong |= 1 << mostK;
      BEST[mostT] = most;
      PARTNER[mostT] = mostK;
    }
  }
  for (let t = 0; t < shorter.length; t++) {
    const token = shorter[t]!;
    let best = -Infinity;
    // The part it pairs with, for the shared part below: a part and an initial are not a shared part, whichever side the initial is on.
    let partner = '';
    if (exclusive) {
      best = BEST[t]!;
      partner = longer[PARTNER[t]!]!;
    } else for (const other of longer) best = Math.max(best, tokenSimilarity(token, other));
    sum += best;
    // One part the same, or one slip from it ("davdi" / "david"): a slip in the shared part makes the names no more unrelated.
    if (best >= 0.9 && token.length > 1 && (!exclusive || partner.length > 1)) sameToken = true;
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

/** compareLatin's table of part similarities (shorter × longer parts), and each shorter part's partner and their similarity, reused: this runs for every candidate pair. */
const SIMILARITY = new Float64Array(64);
const BEST = new Float64Array(64);
const PARTNER = new Int32Array(64);

/** Tokens compared with initials allowed: "j" meets "john". */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.9;
  return jaroWinkler(a, b);
}
