import type { FieldNormalizer } from './normalized';
import { withinBounds } from './normalizeNumber';
import { parseAmount } from './parseAmount';
import { settle } from './settle';

/** Counts and scores: a whole number within the field's bounds (`1,200` and `１２` accepted as input). */
export const normalizeInteger: FieldNormalizer = (value, field) => {
  if (value === null) return { status: 'empty' };
  let n: number | null;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    if (value.trim() === '') return { status: 'empty' };
    n = parseAmount(value);
  } else n = null;
  if (n === null) return { status: 'invalid', code: 'integer.invalid' };
  if (!Number.isInteger(n)) return { status: 'invalid', code: 'integer.notWhole' };
  return withinBounds(n, field) ?? settle(value, n);
};
