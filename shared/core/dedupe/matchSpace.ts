import { addressKey } from './addressKey';
import { bigramsOf } from './bigramSimilarity';
import { companyKey } from './companyKey';
import { nameProfile, type NameProfile } from './nameProfile';
import { soundex } from './soundex';
import { TextMap } from '../textMap';

/** The id of a value first met after its space was closed: no row on the other side has it, so it is evidence of nothing. */
export const UNSHARED = -2;

/** Whether a space still gives ids; one object for all of a space's kinds of value, so closing it is one assignment. */
interface Gate {
  closed: boolean;
}

/** Whole-number ids 0, 1, 2… for the distinct values of one kind, in the order they are first met. */
export class ValueIds {
  private readonly ids: TextMap<number>;

  /** `expected`: about how many distinct values there will be (see TextMap). */
  constructor(
    private readonly gate: Gate = { closed: false },
    expected = 0,
  ) {
    this.ids = new TextMap<number>(expected);
  }

  get size(): number {
    return this.ids.size;
  }

  of(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.gate.closed) return UNSHARED;
      this.ids.set(value, (id = this.ids.size));
    }
    return id;
  }
}

/** A name as matching reads it, with the ids of its exact form, its sound and its Soundex key. */
export interface NameIds {
  readonly name: NameProfile;
  readonly exactId: number;
  readonly soundId: number;
  /** Latin names: the ids of the tokens' Soundex codes (sorted), and of those codes joined; none for Chinese names. */
  readonly soundexIds: readonly number[];
  readonly soundexKeyId: number;
  /** Chinese names: how many characters, and the first one's code point (the surname); 0 and -1 for Latin names. Kept at hand for WeightBound, which reads them for every row. */
  readonly length: number;
  readonly surname: number;
}

/** A company or an address compared as its key (see companyKey, addressKey), with the key's id. */
export interface KeyEntry {
  readonly key: string;
  readonly id: number;
}

export interface AddressEntry extends KeyEntry {
  /** The house and unit numbers, and postcode (解放路282号 and 解放路898号 are different doors however alike the rest). */
  readonly numbers: string;
  /** The numbers' id (-1 for an address without numbers). */
  readonly numbersId: number;
  /** The key's character pairs, sorted (see bigramSimilarity). */
  readonly grams: Int32Array;
}

/**
 * The values of the rows one operation compares, by id. Two rows whose
 * profiles come from one space agree on a value exactly when their ids
 * agree, so blocking, value counts and scoring index and compare small
 * integers where they hashed text: on this machine a hash lookup costs a
 * microsecond, an array read a fraction of one. Ids mean nothing across
 * spaces: rows compared together must share theirs (an import profiles the
 * file and the incoming rows in one).
 *
 * Each distinct name, company, address and place is also worked out
 * (OpenCC, pinyin) once per space, and once for all spaces while the
 * process keeps it (see `memoized`).
 */
export class MatchSpace {
  private readonly gate: Gate = { closed: false };

  /**
   * `rows`: about how many rows will be profiled. Phones, e-mails, names
   * and addresses are nearly one per row, and their maps sized for that
   * from the start are never rebuilt on the way (growing them, each entry
   * placed again a dozen times over, was a tenth of profiling).
   */
  constructor(private readonly rows = 0) {
    this.nameEntries = new TextMap<NameIds | null>(rows / 2);
    this.addressEntries = new TextMap<AddressEntry | null>(rows / 2);
  }

  readonly names = new ValueIds(this.gate);
  readonly sounds = new ValueIds(this.gate);
  readonly soundexCodes = new ValueIds(this.gate);
  readonly soundexKeys = new ValueIds(this.gate);
  readonly companies = new ValueIds(this.gate);
  readonly addresses = new ValueIds(this.gate);
  /** An address's numbers (house number and postcode), a blocking key that survives a misspelt street. */
  readonly addressNumbers = new ValueIds(this.gate);
  readonly birthdays = new ValueIds(this.gate);
  /** The first four characters of birthdays (Soundex codes are blocked with the birth year); given while keys are read, so never closed. */
  readonly birthYears = new ValueIds();
  /** One space for every location field: blocking pairs a name with the most specific place a row has, whichever field that is. */
  readonly places = new ValueIds(this.gate);
  private readonly identifierFields = new Map<string, IdentifierIds>();
  private readonly nameEntries: TextMap<NameIds | null>;
  private readonly companyEntries = new TextMap<KeyEntry | null>();
  private readonly addressEntries: TextMap<AddressEntry | null>;
  private readonly placeEntries = new TextMap<KeyEntry>();

  /**
   * Gives no more ids: a value first met from now on is UNSHARED. For a
   * match of one set of rows against another (an import): once the incoming
   * rows are profiled, a value of the file they do not have cannot join any
   * pair, and giving each of the file's 100,000 rows' mostly distinct
   * phones, e-mails and addresses an id of its own was a tenth of
   * profiling it. Rows profiled after closing are only compared with rows
   * profiled before.
   */
  close(): void {
    this.gate.closed = true;
  }

  /** The ids of one identifier field's values, and the field's slot (0, 1…, in the order fields are met). */
  identifiers(field: string): IdentifierIds {
    let ids = this.identifierFields.get(field);
    if (ids === undefined) this.identifierFields.set(field, (ids = { slot: this.identifierFields.size, values: new ValueIds(this.gate, this.rows) }));
    return ids;
  }

  /** How many identifier fields have a slot (slots run from 0 to this). */
  get identifierSlots(): number {
    return this.identifierFields.size;
  }

  /** How many distinct values the identifier field in this slot has. */
  identifierCount(slot: number): number {
    for (const ids of this.identifierFields.values()) if (ids.slot === slot) return ids.values.size;
    return 0;
  }

  name(text: string): NameIds | null {
    return entryOf(this.nameEntries, text, this.newName);
  }

  company(text: string): KeyEntry | null {
    return entryOf(this.companyEntries, text, this.newCompany);
  }

  address(text: string): AddressEntry | null {
    return entryOf(this.addressEntries, text, this.newAddress);
  }

  /** A place (province, city…), compared as an address is; a place with nothing left to compare has id NO_PLACE. */
  place(text: string): KeyEntry {
    return entryOf(this.placeEntries, text, this.newPlace);
  }

  // Made once per space, not a closure per lookup: these are asked for on every row.
  private readonly newName = (text: string): NameIds | null => {
    const name = nameProfiles(text);
    return name === null ? null : this.nameEntry(name);
  };

  private readonly newCompany = (text: string): KeyEntry | null => {
    const key = companyKeys(text);
    return key === '' ? null : { key, id: this.companies.of(key) };
  };

  private readonly newAddress = (text: string): AddressEntry | null => {
    const key = addressKeys(text);
    if (key === '') return null;
    const numbers = text.replace(/\D+/g, ' ').trim();
    return { key, id: this.addresses.of(key), numbers, numbersId: numbers === '' ? -1 : this.addressNumbers.of(numbers), grams: bigramsOf(key) };
  };

  private readonly newPlace = (text: string): KeyEntry => {
    const key = addressKeys(text);
    return { key, id: key === '' ? NO_PLACE : this.places.of(key) };
  };

  private nameEntry(name: NameProfile): NameIds {
    const codes = name.script === 'latin' ? name.tokens.map(soundex).filter((c) => c !== '').sort() : [];
    return {
      name,
      exactId: this.names.of(name.exact),
      soundId: this.sounds.of(name.sound),
      soundexIds: codes.length === 0 ? NO_CODES : codes.map((code) => this.soundexCodes.of(code)),
      soundexKeyId: codes.length > 0 ? this.soundexKeys.of(codes.join('')) : -1,
      length: name.chars.length,
      surname: name.chars.length > 0 ? name.chars[0]!.codePointAt(0)! : -1,
    };
  }
}

/** The Soundex ids of a name without any (every Chinese name): one empty list for all of them, not one each. */
const NO_CODES: readonly number[] = [];

/** The id of a place with nothing left to compare (only punctuation): two such places agree, as two empty texts would. */
export const NO_PLACE = -1;

export interface IdentifierIds {
  readonly slot: number;
  readonly values: ValueIds;
}

/** A space's entry for a text, made the first time it is asked for (entries are never undefined). */
function entryOf<T>(entries: TextMap<T>, text: string, make: (text: string) => T): T {
  let entry = entries.get(text);
  if (entry === undefined) entries.set(text, (entry = make(text)));
  return entry;
}

/**
 * Results are immutable, so one per distinct input can be shared by every
 * space; bounded, since addresses and names can all differ.
 */
function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined && !seen.has(text)) {
      result = compute(text);
      if (seen.size >= 200_000) seen.clear();
      seen.set(text, result);
    }
    return result as T;
  };
}

const nameProfiles = memoized(nameProfile);
const companyKeys = memoized(companyKey);
const addressKeys = memoized(addressKey);
