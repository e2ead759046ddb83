import type { CellValue } from '../cell';
import { cellToText } from './cellToText';
import type { Normalized, StandardValue } from './normalized';
import { standardToText } from './standardToText';

/**
 * `ok` when the cell already reads as the standard form, otherwise
 * `reformat` with the standard form as the suggestion. Comparing as typed
 * text means a number cell holding a plain number, a date cell and an ISO
 * date string are all already standard.
 */
export function settle(raw: CellValue, value: StandardValue): Normalized {
  const suggestion = standardToText(value);
  const written = cellToText(raw);
  if (written === suggestion) return { status: 'ok', value };
  return { status: 'reformat', value, suggestion, written };
}
