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
    const syllables = namePinyin(chars.join(''));
    const surname = syllables[0] ?? '';
    const given = syllables.slice(1).join('');
    const tokens = given ? [surname, given] : [surname];
    return { script: 'han', exact: chars.join(''), chars, tokens, sound: [...syllables].sort().join(' '), ...sortedForms(tokens) };
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

function sortedForms(tokens: readonly string[]): { sortedTokens: string; joinedTokens: string } {
  const sorted = [...tokens].sort();
  return { sortedTokens: sorted.join(' '), joinedTokens: sorted.join('') };
}

