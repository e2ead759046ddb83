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
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' }).filter((s) => s !== '');
}

/** Toneless pinyin of one character (kept per character: name comparisons ask for the same few thousand again and again). */
export function charPinyin(ch: string): string {
  let sound = charSounds.get(ch);
  if (sound === undefined) {
    sound = pinyin(ch, { toneType: 'none' });
    charSounds.set(ch, sound);
  }
  return sound;
}

const charSounds = new Map<string, string>();
