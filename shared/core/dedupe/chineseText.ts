import * as OpenCC from 'opencc-js';
import type { DictGroup } from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Traditional characters to simplified (OpenCC), so 張偉 and 张伟 are one name. */
export function simplified(text: string): string {
  return hasHan(text) && openccMayChange(text) ? toSimplified(text) : text;
}

/**
 * Whether OpenCC's conversion could change the text: some character it
 * replaces on its own, or a phrase it replaces as a whole, is in it. Most
 * names and addresses are written in simplified characters already, and a
 * conversion (normalising, then converting through the dictionaries' tries)
 * cost about as much as everything else in reading a name: a set lookup
 * per character tells those apart. Where no key of the conversion matches,
 * OpenCC gives the text back unchanged, so this changes no result (tested
 * against the converter).
 */
function openccMayChange(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const ch = code > 0xffff ? text.slice(i, i + 2) : text[i]!;
    if (changedChars.has(ch)) return true;
    const phrases = changedPhrases.get(ch);
    if (phrases !== undefined) for (const phrase of phrases) if (text.startsWith(phrase, i)) return true;
    i += ch.length;
  }
  return false;
}

/** The keys OpenCC's t→cn conversion (config t2s: a normalising chain, then the conversion chain) maps to something else: single characters, and phrases by their first character. */
function conversionKeys(): { chars: Set<string>; phrases: Map<string, string[]> } {
  const config = OpenCC.Locale.configs['t2s'] as { conversionChain: readonly DictGroup[]; normalizationChain?: readonly DictGroup[] };
  const chars = new Set<string>();
  const phrases = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (from === to || from === '') return;
    const first = String.fromCodePoint(from.codePointAt(0)!);
    if (first.length === from.length) chars.add(from);
    else phrases.set(first, [...(phrases.get(first) ?? []), from]);
  };
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    for (const dict of group) {
      if (typeof dict === 'string') {
        for (const entry of dict.split('|')) {
          const space = entry.indexOf(' ');
          if (space > 0) add(entry.slice(0, space), entry.slice(space + 1));
        }
      } else for (const [from, to] of dict) add(from, to);
    }
  }
  return { chars, phrases };
}

const { chars: changedChars, phrases: changedPhrases } = conversionKeys();

/** Toneless pinyin per character of a Chinese name, reading the first character as a surname (单 → shan, 曾 → zeng). */
export function namePinyin(name: string): string[] {
  const syllables = pinyin(name, { type: 'array', surname: 'head', nonZh: 'removed' });
  const out: string[] = [];
  for (const syllable of syllables) if (syllable !== '') out.push(toneless(syllable));
  return out;
}

/** Toneless pinyin of one character (kept per character: name comparisons ask for the same few thousand again and again). */
export function charPinyin(ch: string): string {
  let sound = charSounds.get(ch);
  if (sound === undefined) {
    sound = toneless(pinyin(ch));
    charSounds.set(ch, sound);
  }
  return sound;
}

/**
 * A syllable without its tone mark (zhāng → zhang, lǚ → lü). pinyin-pro's
 * own toneless output runs ten regular expressions over every syllable,
 * half the cost of reading a name; there are only about 1,500 toned
 * syllables, so each is worked out once. Same result as the library's for
 * every character it knows (tested).
 */
function toneless(syllable: string): string {
  let plain = plainSyllables.get(syllable);
  if (plain === undefined) {
    plain = syllable.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
    plainSyllables.set(syllable, plain);
  }
  return plain;
}

/** Grave, acute, macron and caron: the four tone marks (ü's diaeresis and ê's circumflex stay). */
const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/g;
const plainSyllables = new Map<string, string>();
const charSounds = new Map<string, string>();
