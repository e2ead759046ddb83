import type { StandardValue } from '../normalize/normalized';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import type { TemplateField } from '../template/templateSchema';
import { addressKey } from './addressKey';
import { companyKey } from './companyKey';
import { nameProfile, type NameProfile } from './nameProfile';

/** One row in the forms matching compares, built once per row from the template's match roles. */
export interface MatchProfile {
  /** Index into the table's rows. */
  readonly index: number;
  /** Identifier values by field key (a list field gives several). */
  readonly identifiers: ReadonlyMap<string, readonly string[]>;
  readonly name: NameProfile | null;
  readonly company: string | null;
  readonly address: string | null;
  /** The address's house and unit numbers: 解放路282号 and 解放路898号 are different doors however alike the rest. */
  readonly addressNumbers: string;
  readonly birthday: string | null;
  /** Province, city, postcode…: weak evidence, by field key. */
  readonly location: ReadonlyMap<string, string>;
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

export function matchProfiles(table: CustomerTable): MatchProfile[] {
  const fields = matchFields(table);
  return table.rows.map((row, index) => profileOf(row, index, fields));
}

function profileOf(row: CustomerRow, index: number, fields: ReturnType<typeof matchFields>): MatchProfile {
  const identifiers = new Map<string, string[]>();
  for (const field of fields.identifier) {
    const value = standard(row, field.key);
    if (value === null) continue;
    const values = (Array.isArray(value) ? value : [String(value)]).map((v) => v.toLowerCase()).filter((v) => v !== '');
    if (values.length > 0) identifiers.set(field.key, values);
  }
  const joined = (list: readonly TemplateField[]) => {
    const parts = list.map((f) => standard(row, f.key)).filter((v): v is StandardValue => v !== null).map((v) => (Array.isArray(v) ? v.join(' ') : String(v)));
    return parts.length > 0 ? parts.join(' ') : null;
  };
  const name = joined(fields.name);
  const company = joined(fields.company);
  const address = joined(fields.address);
  const birthday = joined(fields.birthday);
  const location = new Map<string, string>();
  for (const field of fields.location) {
    const value = standard(row, field.key);
    if (value !== null) location.set(field.key, addressKey(String(value)));
  }
  return {
    index,
    identifiers,
    name: name === null ? null : nameProfile(name),
    company: company === null ? null : companyKey(company) || null,
    address: address === null ? null : addressKey(address) || null,
    addressNumbers: address === null ? '' : address.replace(/\D+/g, ' ').trim(),
    birthday,
    location,
  };
}

function standard(row: CustomerRow, key: string): StandardValue | null {
  const result = row.values[key];
  return result && (result.status === 'ok' || result.status === 'reformat') ? result.value : null;
}
