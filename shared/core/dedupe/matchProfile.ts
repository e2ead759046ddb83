import type { Normalized, StandardValue } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import { tableColumn } from '../table/tableColumn';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import type { TemplateField } from '../template/templateSchema';
import { MatchSpace, type NameIds } from './matchSpace';
import type { NameProfile } from './nameProfile';

/** One row in the forms matching compares, built once per row from the template's match roles. */
export interface MatchProfile {
  /** Index into the table's rows. */
  readonly index: number;
  /** The space the ids below belong to: only profiles of one space are compared. */
  readonly space: MatchSpace;
  /** Identifier values by field, in template order (a list field gives several). */
  readonly identifiers: readonly IdentifierValues[];
  /** The same as `nameIds.name`, kept at hand: name comparison reads it for every candidate pair. */
  readonly name: NameProfile | null;
  /** The name's ids (exact form, sound, Soundex). */
  readonly nameIds: NameIds | null;
  readonly company: string | null;
  /** Ids of company, address and birthday; -1 where there is none. */
  readonly companyId: number;
  readonly address: string | null;
  readonly addressId: number;
  /** The address's house and unit numbers: 解放路282号 and 解放路898号 are different doors however alike the rest. */
  readonly addressNumbers: string;
  /** Their id in the space; -1 for none. */
  readonly addressNumbersId: number;
  /** The address's character pairs (see bigramSimilarity); empty without an address. */
  readonly addressGrams: Int32Array;
  readonly birthday: string | null;
  readonly birthdayId: number;
  /** Province, city, postcode…: weak evidence, by field, in template order. */
  readonly location: readonly LocationValue[];
}

// Plain arrays of small records rather than Maps: a file's profiles number
// in the hundreds of thousands, and a Map costs far more to build, hold and
// walk than the two or three entries it would carry.
export interface IdentifierValues {
  readonly field: string;
  /** `id:<field>`, the kind its values are counted under (valueFrequencies). */
  readonly kind: string;
  readonly values: readonly string[];
  /** The values' ids, one per value, and the field's slot in the space. */
  readonly ids: readonly number[];
  readonly slot: number;
}

export interface LocationValue {
  readonly field: string;
  /** `loc:<field>`. */
  readonly kind: string;
  readonly value: string;
  /** -1 for a place with nothing left to compare (only punctuation). */
  readonly id: number;
}

/**
 * The fields that take part, by role. Several name fields (given name +
 * surname) or address fields (street + suburb) are read together, in
 * template order. The customer id (type `id`) is never evidence:
 * duplicates carry different ids.
 */
export function matchFields(table: CustomerTable): Record<'identifier' | 'name' | 'company' | 'address' | 'birthday' | 'location', TemplateField[]> {
  const mapped = table.template.fields.filter((f) => f.key in table.mapping.columns && f.type !== 'id');
  const byRole = (role: TemplateField['match']) => mapped.filter((f) => f.match === role);
  return { identifier: byRole('identifier'), name: byRole('name'), company: byRole('company'), address: byRole('address'), birthday: byRole('birthday'), location: byRole('location') };
}

export function matchProfiles(table: CustomerTable, space: MatchSpace = new MatchSpace(table.rows.length)): MatchProfile[] {
  // The table's own rows: their values are read from its columns, so no row builds its values object.
  const profileOf = profileBuilder(table, space, (key) => {
    const column = tableColumn(table, key);
    return (_row, index) => column[index];
  });
  return table.rows.map((row, index) => profileOf(row, index));
}

/**
 * The same profile under another index, built in the builder's own shape:
 * `{ ...profile, index }` gives its copies hidden classes of their own (V8
 * does not share the shape of a spread followed by a property), which makes
 * every read of them in scoring a slow, megamorphic one.
 */
export function profileAtIndex(p: MatchProfile, index: number): MatchProfile {
  return {
    index,
    space: p.space,
    identifiers: p.identifiers,
    name: p.name,
    nameIds: p.nameIds,
    company: p.company,
    companyId: p.companyId,
    address: p.address,
    addressId: p.addressId,
    addressNumbers: p.addressNumbers,
    addressNumbersId: p.addressNumbersId,
    addressGrams: p.addressGrams,
    birthday: p.birthday,
    birthdayId: p.birthdayId,
    location: p.location,
  };
}

/** Reads one field's value of a row. */
type FieldReader = (row: CustomerRow, index: number) => Normalized | undefined;

/**
 * Builds profiles, in the given space, for rows shaped like the table's.
 * Names, companies, addresses and places repeat across a file (张伟,
 * 北京市, one employer), and their keys (OpenCC, pinyin) are the slow
 * part, so the space works each distinct one out once.
 */
export function matchProfileBuilder(table: CustomerTable, space: MatchSpace): (row: CustomerRow, index: number) => MatchProfile {
  return profileBuilder(table, space, (key) => (row) => row.values[key]);
}

interface ReadField {
  readonly key: string;
  readonly read: FieldReader;
}

function profileBuilder(table: CustomerTable, space: MatchSpace, readerOf: (key: string) => FieldReader): (row: CustomerRow, index: number) => MatchProfile {
  const byRole = matchFields(table);
  const fields = (list: readonly TemplateField[]): ReadField[] => list.map((field) => ({ key: field.key, read: readerOf(field.key) }));
  const identifierFields = fields(byRole.identifier);
  const nameFields = fields(byRole.name);
  const companyFields = fields(byRole.company);
  const addressFields = fields(byRole.address);
  const birthdayFields = fields(byRole.birthday);
  const locationFields = fields(byRole.location);
  const identifierKinds = identifierFields.map((field) => `id:${field.key}`);
  const identifierIds = identifierFields.map((field) => space.identifiers(field.key));
  // Phones (E.164) and e-mails are lower-case in standard form already: lowering 200,000 of them again costs a tenth of a second.
  const lowerCase = byRole.identifier.map((field) => field.type !== 'phone' && field.type !== 'email');
  const locationKinds = locationFields.map((field) => `loc:${field.key}`);
  // A field's place values, by place id + 1 (NO_PLACE is -1): they never change, so the rows of one place share one, not one each.
  const placeValues = locationFields.map((): LocationValue[] => []);
  // The rows of one combination of places share one list, as they share its values: a file's 100,000 rows name a few hundred.
  const placeLists = new PlaceLists();
  const rowPlaces: LocationValue[] = [];
  const rowIdentifiers: IdentifierValues[] = [];
  return (row, index) => {
    let found = 0;
    for (let f = 0; f < identifierFields.length; f++) {
      const value = standardOf(identifierFields[f]!.read(row, index));
      if (value === undefined) continue;
      const values = Array.isArray(value) ? value.map((v) => v.toLowerCase()).filter((v) => v !== '') : [lowerCase[f] ? String(value).toLowerCase() : String(value)];
      if (values.length === 0 || values[0] === '') continue;
      const { slot, values: valueIds } = identifierIds[f]!;
      const ids = values.length === 1 ? [valueIds.of(values[0]!)] : values.map((v) => valueIds.of(v));
      rowIdentifiers[found++] = { field: identifierFields[f]!.key, kind: identifierKinds[f]!, values, ids, slot };
    }
    // Lists the size of what they hold: one pushed onto an empty array reserves room for 17.
    const identifiers = found === 0 ? NO_IDENTIFIERS : rowIdentifiers.slice(0, found);
    const name = joined(row, index, nameFields);
    const company = joined(row, index, companyFields);
    const address = joined(row, index, addressFields);
    let places: PlaceLists | undefined = placeLists;
    let placed = 0;
    for (let f = 0; f < locationFields.length; f++) {
      const value = standardOf(locationFields[f]!.read(row, index));
      if (value === undefined) {
        places = places?.next(0);
        continue;
      }
      const place = space.place(String(value));
      // UNSHARED ids (-2, met after the space closed) are few and not shared: made afresh.
      let entry = place.id >= -1 ? placeValues[f]![place.id + 1] : undefined;
      if (entry === undefined) {
        entry = { field: locationFields[f]!.key, kind: locationKinds[f]!, value: place.key, id: place.id };
        if (place.id >= -1) placeValues[f]![place.id + 1] = entry;
      }
      places = place.id >= -1 ? places?.next(place.id + 2) : undefined;
      rowPlaces[placed++] = entry;
    }
    const location = places === undefined ? rowPlaces.slice(0, placed) : (places.list ??= rowPlaces.slice(0, placed));
    const nameIds = name === null ? null : space.name(name);
    const companyEntry = company === null ? null : space.company(company);
    const addressEntry = address === null ? null : space.address(address);
    const birthday = joined(row, index, birthdayFields);
    return {
      index,
      space,
      identifiers,
      name: nameIds === null ? null : nameIds.name,
      nameIds,
      company: companyEntry === null ? null : companyEntry.key,
      companyId: companyEntry === null ? -1 : companyEntry.id,
      address: addressEntry === null ? null : addressEntry.key,
      addressId: addressEntry === null ? -1 : addressEntry.id,
      addressNumbers: addressEntry === null ? '' : addressEntry.numbers,
      addressNumbersId: addressEntry === null ? -1 : addressEntry.numbersId,
      addressGrams: addressEntry === null ? NO_GRAMS : addressEntry.grams,
      birthday,
      birthdayId: birthday ? space.birthdays.of(birthday) : -1,
      location,
    };
  };
}

const NO_GRAMS = new Int32Array(0);
const NO_IDENTIFIERS: readonly IdentifierValues[] = [];

/**
 * The location lists made so far, as a tree: one level per location field,
 * branching on the field's place (0 for none, else its id + 2), the list
 * at the end. Profiles never change their lists, so rows can share them.
 */
class PlaceLists {
  private readonly branches = new Map<number, PlaceLists>();
  list: LocationValue[] | undefined = undefined;

  next(branch: number): PlaceLists {
    let node = this.branches.get(branch);
    if (node === undefined) this.branches.set(branch, (node = new PlaceLists()));
    return node;
  }
}

/** The row's values of these fields as one text (lists joined by spaces), or null when all are blank. */
function joined(row: CustomerRow, index: number, list: readonly ReadField[]): string | null {
  if (list.length === 1) {
    const value = standardOf(list[0]!.read(row, index));
    return value === undefined ? null : textOf(value);
  }
  const parts: string[] = [];
  for (const field of list) {
    const value = standardOf(field.read(row, index));
    if (value !== undefined) parts.push(textOf(value));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function textOf(value: StandardValue): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}
