import type { CellValue } from '../cell';
import type { TemplateField } from '../template/templateSchema';
import { dateFromIso } from './isoDate';
import type { StandardValue } from './normalized';

/**
 * The cell "fix" writes for a standard value: dates become real date cells
 * (UTC midnight), numbers stay numbers, lists are joined with `, `.
 */
export function standardToCell(field: TemplateField, value: StandardValue): CellValue {
  if (Array.isArray(value)) return value.join(', ');
  if (field.type === 'date' && typeof value === 'string') return dateFromIso(value);
  return value;
}
