import { isCellError, type CellValue } from '../cell';
import { isoDateOf } from './isoDate';

/**
 * A cell as a user would type it: dates `YYYY-MM-DD`, numbers without
 * grouping, booleans as the spreadsheet shows them, errors as `#N/A`.
 */
export function cellToText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // An unreadable date shows as Excel shows one: never as "0NaN-NaN-NaN".
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '#####' : isoDateOf(value);
  if (isCellError(value)) return value.error;
  return '';
}
