import type { StandardValue } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import type { CustomerRow } from '../table/customerTable';

/** A row's standard value for a field, or undefined when blank or invalid (insights count only what they can trust). */
export function standardValue(row: CustomerRow, key: string): StandardValue | undefined {
  return standardOf(row.values[key]);
}

export function standardText(row: CustomerRow, key: string): string | undefined {
  const value = standardValue(row, key);
  return typeof value === 'string' ? value : undefined;
}

export function standardNumber(row: CustomerRow, key: string): number | undefined {
  const value = standardValue(row, key);
  return typeof value === 'number' ? value : undefined;
}
