import type { MatchProfile } from './matchProfile';
import type { MatchSpace } from './matchSpace';

/**
 * The kinds of key a row is filed under; only rows sharing a key are
 * compared, so candidate pairs grow with rows instead of with rows². Several
 * keys catch what one would miss: an identifier (`i`, one kind per field);
 * the name, exact (`n`) or by sound (`s`: pinyin or tokens, which also meets
 * 王芳 with "Fang Wang"), and its sound together with a city (`nl`),
 * birthday (`nb`) or company (`nc`); Soundex codes (`x`), and each code with
 * the birth year (`xb`), for spelling slips in Latin names (Chinese names
 * are typed through an input method: pinyin covers them), and each code
 * with the place (`xl`: one part of a name right, in the right suburb);
 * birthday (`b`); address (`a`), and its numbers alone (`an`: house number
 * and postcode, for a street and a name both misspelt).
 */
export const BLOCK_KINDS = ['n', 's', 'nl', 'nb', 'nc', 'x', 'xb', 'xl', 'b', 'a', 'an', 'i'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * The largest block each kind of key may form: beyond it the key says too
 * little to be worth rows² comparisons, and the pairs must come from a more
 * specific key. A name alone is a key only while it is rare (张伟 alone
 * would be a block of hundreds); names with a place, birthday or company
 * may form larger blocks.
 *
 * A key whose blocks fill with strangers as the file grows is held small:
 * a birthday (`b`) is shared by one in 20,000 rows' worth of strangers, an
 * address (`a`) by a building's, a name with a city (`nl`) by a common
 * name's namesakes; at 40 each, a million rows would compare every row
 * with thirty others through the birthday alone (blocks of 30, all under
 * the limit) and run out of memory. At 12, 12 and 20 they still form every
 * block they formed up to 100,000 rows (FEBRL and generated recall
 * unchanged), and past that give way to the more specific keys.
 */
export const BLOCK_LIMITS: Readonly<Record<BlockKind, number>> = { i: 60, n: 12, s: 12, nl: 20, nb: 40, nc: 40, x: 20, xb: 40, xl: 12, b: 12, a: 12, an: 20 };

// Kind numbers, by place in BLOCK_KINDS: a row's keys are written as (kind, key) numbers. Identifier field `slot` is kind IDENTIFIER + slot.
const NAME = BLOCK_KINDS.indexOf('n');
const SOUND = BLOCK_KINDS.indexOf('s');
const SOUND_PLACE = BLOCK_KINDS.indexOf('nl');
const SOUND_BIRTHDAY = BLOCK_KINDS.indexOf('nb');
const SOUND_COMPANY = BLOCK_KINDS.indexOf('nc');
const SOUNDEX = BLOCK_KINDS.indexOf('x');
const SOUNDEX_YEAR = BLOCK_KINDS.indexOf('xb');
const SOUNDEX_PLACE = BLOCK_KINDS.indexOf('xl');
const BIRTHDAY = BLOCK_KINDS.indexOf('b');
const ADDRESS = BLOCK_KINDS.indexOf('a');
const ADDRESS_NUMBERS = BLOCK_KINDS.indexOf('an');
/** Last, so every identifier field's kind can follow it. */
const IDENTIFIER = BLOCK_KINDS.indexOf('i');

/** Whether a kind's keys are one value's id (dense: blocks in an array by id) or a number made of two (blocks in a map). */
export function isTwoPartKind(kind: number): boolean {
  return kind === SOUND_PLACE || kind === SOUND_BIRTHDAY || kind === SOUND_COMPANY || kind === SOUNDEX_YEAR || kind === SOUNDEX_PLACE;
}

/** How many keys a one-part kind has in a space (its values' ids run from 0 to this). */
export function idCount(space: MatchSpace, kind: number): number {
  switch (kind) {
    case NAME:
      return space.names.size;
    case SOUND:
      return space.sounds.size;
    case SOUNDEX:
      return space.soundexKeys.size;
    case BIRTHDAY:
      return space.birthdays.size;
    case ADDRESS:
      return space.addresses.size;
    case ADDRESS_NUMBERS:
      return space.addressNumbers.size;
    default:
      return kind >= IDENTIFIER ? space.identifierCount(kind - IDENTIFIER) : 0;
  }
}

/** The largest block of a kind (no larger than `maxBlock`). */
export function blockLimit(kind: number, maxBlock: number): number {
  return Math.min(maxBlock, BLOCK_LIMITS[BLOCK_KINDS[Math.min(kind, IDENTIFIER)]!]);
}

/**
 * A row's keys, written into arrays reused from row to row (a file has
 * hundreds of thousands of rows, each with about eight keys): `kinds[k]`
 * and `keys[k]` are numbers, so no key text is built or hashed. A key is a
 * value's id in the profiles' space, or `first * size + second` for a key
 * of two values, where `size` counts the second value's ids: distinct keys
 * get distinct numbers, exact integers while the product stays below 2^53.
 */
export class RowKeys {
  readonly kinds: number[] = [];
  readonly keys: number[] = [];
  length = 0;

  /** Reads a profile's keys. Every profile read must come from one space, fully built (its sizes fix the two-part numbers). */
  read(p: MatchProfile): void {
    this.length = 0;
    // Negative ids (no value, or one met only after the space closed) file nothing.
    for (const { slot, ids } of p.identifiers) for (const id of ids) if (id >= 0) this.push(IDENTIFIER + slot, id);
    const name = p.nameIds;
    if (name) {
      const space = p.space;
      if (name.exactId >= 0) this.push(NAME, name.exactId);
      const sound = name.soundId;
      if (sound >= 0) {
        this.push(SOUND, sound);
        // The most specific place only (city over province): both would repeat the same pairs.
        const place = p.location[p.location.length - 1];
        if (place && place.id >= 0) this.push(SOUND_PLACE, sound * space.places.size + place.id);
        if (p.birthdayId >= 0) this.push(SOUND_BIRTHDAY, sound * space.birthdays.size + p.birthdayId);
        if (p.companyId >= 0) this.push(SOUND_COMPANY, sound * space.companies.size + p.companyId);
      }
      if (name.soundexKeyId >= 0) this.push(SOUNDEX, name.soundexKeyId);
      if (p.birthday && name.soundexIds.length > 0) {
        // The year's id is given here, while keys are read, so it takes the first place: the codes' count is fixed by now.
        const year = space.birthYears.of(p.birthday.slice(0, 4));
        for (const code of name.soundexIds) if (code >= 0) this.push(SOUNDEX_YEAR, year * space.soundexCodes.size + code);
      }
      const place = p.location[p.location.length - 1];
      if (place && place.id >= 0) for (const code of name.soundexIds) if (code >= 0) this.push(SOUNDEX_PLACE, place.id * space.soundexCodes.size + code);
    }
    if (p.birthdayId >= 0) this.push(BIRTHDAY, p.birthdayId);
    if (p.addressId >= 0) this.push(ADDRESS, p.addressId);
    if (p.addressNumbersId >= 0 && specificNumbers(p.addressNumbers)) this.push(ADDRESS_NUMBERS, p.addressNumbersId);
  }

  private push(kind: number, key: number): void {
    // A handful of keys per row: a scan beats a set.
    for (let k = 0; k < this.length; k++) if (this.kinds[k] === kind && this.keys[k] === key) return;
    this.kinds[this.length] = kind;
    this.keys[this.length] = key;
    this.length++;
  }
}


/**
 * Whether an address's numbers alone narrow it down: a house number and a
 * postcode do, a lone house number (123, on every street) does not.
 */
function specificNumbers(numbers: string): boolean {
  return numbers.length >= 4 && (numbers.includes(' ') || numbers.length >= 6);
}
