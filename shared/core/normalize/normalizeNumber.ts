import type { TemplateField } from '../template/templateSchema';
import type { FieldNormalizer, Normalized } from './normalized';
import { parseAmount } from './parseAmount';
import { settle } from './settle';

/** Amounts: currency symbols and thousands separators accepted as input, a plain number out, within the field's bounds. */
export const normalizeNumber: FieldNormalizer = (value, field) => {
  if (value === null) return { status: 'empty' };
  // A number cell reads as its own standard form (both are `String(n)`), so it needs no settling.
  if (typeof value === 'number') return withinBounds(value, field) ?? { status: 'ok', value };
  if (typeof value !== 'string') return { status: 'invalid', code: 'number.invalid' };
  if (value.trim() === '') return { status: 'empty' };
  const n = parseAmount(value);
  if (n === null) return { status: 'invalid', code: 'number.invalid' };
  return withinBounds(n, field) ?? settle(value, n);
};

/** A bounds finding, or null when the number is within the field's min and max. */
export function withinBounds(n: number, field: TemplateField): Normalized | null {
  if (field.min !== undefined && n < field.min) return { status: 'invalid', code: 'number.belowMin', params: { min: field.min } };
  if (field.max !== undefined && n > field.max) return { status: 'invalid', code: 'number.aboveMax', params: { max: field.max } };
  return null;
}
