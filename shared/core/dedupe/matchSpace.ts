import { addressKey } from './addressKey';
import { companyKey } from './companyKey';
import { nameProfile, type NameProfile } from './nameProfile';
import { soundex } from './soundex';

/** The id of a value first met after its space was closed: no row on the other side has it, so it is evidence of nothing. */
export const UNSHARED = -2;

/** Whole-number ids 0, 1, 2… for the distinct values of one kind, in the order they are first met. */
export class ValueIds {
  private readonly ids = new Map<string, number>();
  /** Set by MatchSpace.close. */
  closed = false;

  get size(): number {
    return this.ids.size;
  }

  of(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.closed) return UNSHARED;
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
}

/** A company or an address compared as its key (see companyKey, addressKey), with the key's id. */
export interface KeyEntry {
  readonly key: string;
  readonly id: number;
}

export interface AddressEntry extends KeyEntry {
  /** The house and unit numbers (解放路282号 and 解放路898号 are different doors however alike the rest). */
  readonly numbers: string;
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
  readonly names = new ValueIds();
  readonly sounds = new ValueIds();
  readonly soundexCodes = new ValueIds();
  readonly soundexKeys = new ValueIds();
  readonly companies = new ValueIds();
  readonly addresses = new ValueIds();
  readonly birthdays = new ValueIds();
  /** The first four characters of birthdays (Soundex codes are blocked with the birth year). */
  readonly birthYears = new ValueIds();
  /** One space for every location field: blocking pairs a name with the most specific place a row has, whichever field that is. */
  readonly places = new ValueIds();
  private readonly identifierFields = new Map<string, IdentifierIds>();
  private readonly nameEntries = new Map<string, NameIds | null>();
  private readonly companyEntries = new Map<string, KeyEntry | null>();
  private readonly addressEntries = new Map<string, AddressEntry | null>();
  private readonly placeEntries = new Map<string, KeyEntry>();

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
    for (const ids of [this.names, this.sounds, this.soundexCodes, this.soundexKeys, this.companies, this.addresses, this.birthdays, this.places]) ids.closed = true;
    for (const { values } of this.identifierFields.values()) values.closed = true;
    this.closed = true;
  }

  private closed = false;

  /** The ids of one identifier field's values, and the field's slot (0, 1…, in the order fields are met). */
  identifiers(field: string): IdentifierIds {
    let ids = this.identifierFields.get(field);
    if (ids === undefined) {
      this.identifierFields.set(field, (ids = { slot: this.identifierFields.size, values: new ValueIds() }));
      ids.values.closed = this.closed;
    }
    return ids;
  }

  /** How many distinct values the identifier field in this slot has. */
  identifierCount(slot: number): number {
    for (const ids of this.identifierFields.values()) if (ids.slot === slot) return ids.values.size;
    return 0;
  }

  name(text: string): NameIds | null {
    let entry = this.nameEntries.get(text);
    if (entry === undefined) {
      const name = nameProfiles(text);
      entry = name === null ? null : this.nameEntry(name);
      this.nameEntries.set(text, entry);
    }
    return entry;
  }

  company(text: string): KeyEntry | null {
    let entry = this.companyEntries.get(text);
    if (entry === undefined) {
      const key = companyKeys(text);
      entry = key === '' ? null : { key, id: this.companies.of(key) };
      this.companyEntries.set(text, entry);
    }
    return entry;
  }

  address(text: string): AddressEntry | null {
    let entry = this.addressEntries.get(text);
    if (entry === undefined) {
      const key = addressKeys(text);
      entry = key === '' ? null : { key, id: this.addresses.of(key), numbers: text.replace(/\D+/g, ' ').trim() };
      this.addressEntries.set(text, entry);
    }
    return entry;
  }

  /** A place (province, city…), compared as an address is; a place with nothing left to compare has id -1. */
  place(text: string): KeyEntry {
    let entry = this.placeEntries.get(text);
    if (entry === undefined) {
      const key = addressKeys(text);
      entry = { key, id: key === '' ? NO_PLACE : this.places.of(key) };
      this.placeEntries.set(text, entry);
    }
    return entry;
  }

  private nameEntry(name: NameProfile): NameIds {
    const codes = name.script === 'latin' ? name.tokens.map(soundex).filter((c) => c !== '').sort() : [];
    return {
      name,
      exactId: this.names.of(name.exact),
      soundId: this.sounds.of(name.sound),
      soundexIds: codes.map((code) => this.soundexCodes.of(code)),
      soundexKeyId: codes.length > 0 ? this.soundexKeys.of(codes.join('')) : -1,
    };
  }
}

/** The id of a place with nothing left to compare (only punctuation): two such places agree, as two empty texts would. */
export const NO_PLACE = -1;

export interface IdentifierIds {
  readonly slot: number;
  readonly values: ValueIds;
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
