import type { Normalized, StandardValue } from '../normalize/normalized';
import type { CustomerRow } from '../table/customerTable';

/** A row's standard value for a field, or undefined when blank or invalid (insights count only what they can trust). */
export function standardValue(row: CustomerRow, key: string): StandardValue | undefined {
  const result: Normalized | undefined = row.values[key];
  return result && (result.status === 'ok' || result.status === 'reformat') ? result.value : undefined;
}

export function standardText(row: CustomerRow, key: string): string | undefined {
  const value = standardValue(row, key);
  return typeof value === 'string' ? value : undefined;
}

export function standardNumber(row: CustomerRow, key: string): number | undefined {
  const value = standardValue(row, key);
  return typeof value === 'number' ? value : undefined;
}
