import { isCellError, type CellValue } from '../cell';
import { foldHeader } from '../template/foldHeader';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';

/** How a source file's columns become template fields. */
export interface SourceMapping {
  /** Template key → the source columns that fill it, joined in this order. */
  readonly fields: ReadonlyMap<string, readonly number[]>;
  /** Where each mapped column came from, for the preview: source header → key (or a join). */
  readonly preview: ReadonlyArray<{ header: string; col: number; key: string; how: 'label' | 'override' | 'join' }>;
  /** Source columns no field takes (reported; kept in notes on request). */
  readonly unmapped: ReadonlyArray<{ header: string; col: number }>;
}

// Sources that split a field: given + family name make the name; district,
// street and address lines make the address.
const GIVEN = ['first name', 'firstname', 'given name', 'given_name', 'forename', '名'];
const FAMILY = ['last name', 'lastname', 'surname', 'family name', 'family_name', '姓', '姓氏'];
const ADDRESS_PARTS = ['district', 'county', '区', '区县', '县区', 'street', 'street address', 'address 1', 'address line 1', 'address_1', 'address 2', 'address line 2', 'address_2', '街道', '门牌', '门牌号', 'street number', 'street_number', '详细地址'];

export function mapSourceColumns(template: Template, header: readonly CellValue[], overrides: ReadonlyMap<string, string | null> = new Map()): SourceMapping {
  const text = header.map((cell) => (cell === null || isCellError(cell) ? '' : String(cell).trim()));
  const folded = new Map([...overrides].map(([h, k]) => [foldHeader(h), k]));
  const fields = new Map<string, number[]>();
  const preview: Array<{ header: string; col: number; key: string; how: 'label' | 'override' | 'join' }> = [];
  const taken = new Set<number>();
  const take = (key: string, col: number, how: 'label' | 'override' | 'join') => {
    fields.set(key, [...(fields.get(key) ?? []), col]);
    preview.push({ header: text[col]!, col, key, how });
    taken.add(col);
  };

  text.forEach((h, col) => {
    const override = folded.get(foldHeader(h));
    if (override === undefined) return;
    taken.add(col);
    if (override !== null) take(override, col, 'override');
  });
  const automatic = matchHeaders(template, text.map((h, col) => (taken.has(col) ? null : h)));
  for (const field of template.fields) {
    const col = automatic.columns[field.key];
    if (col !== undefined && !fields.has(field.key)) take(field.key, col, 'label');
  }
  const keys = new Set(template.fields.map((f) => f.key));
  const findAll = (names: readonly string[]) => text.flatMap((h, col) => (!taken.has(col) && names.some((n) => foldHeader(n) === foldHeader(h)) ? [col] : []));
  if (keys.has('name') && !fields.has('name')) {
    const family = findAll(FAMILY);
    const given = findAll(GIVEN);
    if (family.length + given.length > 0) for (const col of [...family, ...given]) take('name', col, 'join');
  }
  if (keys.has('address')) {
    const parts = findAll(ADDRESS_PARTS);
    for (const col of parts) take('address', col, 'join');
  }
  const unmapped = text.flatMap((h, col) => (h !== '' && !taken.has(col) ? [{ header: h, col }] : []));
  return { fields, preview, unmapped };
}
