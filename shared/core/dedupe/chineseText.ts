import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Traditional characters to simplified (OpenCC), so 張偉 and 张伟 are one name. */
export function simplified(text: string): string {
  return hasHan(text) ? toSimplified(text) : text;
}

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
