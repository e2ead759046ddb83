import { hasHan, namePinyin, simplified } from './chineseText';
import { formalName } from './nicknames';

/** A name in the forms duplicate detection compares. */
export interface NameProfile {
  /** Chinese script (compared by characters and pinyin) or Latin (compared by tokens). */
  readonly script: 'han' | 'latin';
  /** Exact-match form: simplified characters without spaces, or sorted lower-case tokens. */
  readonly exact: string;
  /** Chinese: the simplified characters, one per entry. */
  readonly chars: readonly string[];
  /** Latin tokens (nicknames made formal); for Chinese, the pinyin of surname and of the given name. */
  readonly tokens: readonly string[];
  /** Pinyin of every character (Chinese), or the tokens (Latin), sorted: the cross-script and homophone key. */
  readonly sound: string;
  /** The tokens sorted and joined by spaces, and joined without, as token comparisons read them (made once, not per compared pair). */
  readonly sortedTokens: string;
  readonly joinedTokens: string;
}

export function nameProfile(raw: string): NameProfile | null {
  const text = simplified(raw.normalize('NFKC')).toLowerCase();
  if (hasHan(text)) {
    // One pass of one expression, not a test per character.
    const chars = text.match(HAN_CHARS) ?? [];
    if (chars.length === 0) return null;
    for (let i = 0; i < chars.length; i++) chars[i] = sharedChar(chars[i]!);
    const syllables = namePinyin(chars.join(''));
    const surname = syllables[0] ?? '';
    const given = syllables.slice(1).join('');
    const tokens = given ? [surname, given] : [surname];
    return { script: 'han', exact: chars.join(''), chars, tokens, sound: sortedCopy(syllables).join(' '), ...sortedForms(tokens) };
  }
  const tokens = text
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/[\s'-]+/)
    .filter((t) => t !== '')
    .map(formalName);
  if (tokens.length === 0) return null;
  const forms = sortedForms(tokens);
  return { script: 'latin', exact: forms.sortedTokens, chars: [], tokens, sound: forms.sortedTokens, ...forms };
}

const HAN_CHARS = /\p{Script=Han}/gu;

/**
 * One string per character for all names: a match makes each character a
 * string of its own, and a file's 50,000 distinct names kept 150,000 of
 * them alive for a few thousand characters.
 */
function sharedChar(ch: string): string {
  let shared = charStrings.get(ch);
  if (shared === undefined) {
    if (charStrings.size >= 100_000) charStrings.clear();
    charStrings.set(ch, (shared = ch));
  }
  return shared;
}

const charStrings = new Map<string, string>();

function sortedForms(tokens: readonly string[]): { sortedTokens: string; joinedTokens: string } {
  const sorted = sortedCopy(tokens);
  return { sortedTokens: sorted.join(' '), joinedTokens: sorted.join('') };
}


/**
 * A sorted copy of a name's few parts, in the order `sort()` gives
 * (UTF-16 code units). Array.prototype.sort sets up about a kilobyte of
 * work space per call: 90 MB of garbage for the names of one import.
 */
function sortedCopy(parts: readonly string[]): string[] {
  if (parts.length > 8) return [...parts].sort();
  const sorted = parts.slice();
  for (let i = 1; i < sorted.length; i++) {
    const part = sorted[i]!;
    let j = i - 1;
    for (; j >= 0 && sorted[j]! > part; j--) sorted[j + 1] = sorted[j]!;
    sorted[j + 1] = part;
  }
  return sorted;
}
