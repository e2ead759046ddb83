import { isCellError, type CellValue } from '../cell';
import type { FieldType, TemplateField } from '../template/templateSchema';
import type { FieldNormalizer, Normalized, NormalizeContext } from './normalized';
import { normalizeDate } from './normalizeDate';
import { normalizeEmail } from './normalizeEmail';
import { normalizeEnum } from './normalizeEnum';
import { normalizeId } from './normalizeId';
import { normalizeInteger } from './normalizeInteger';
import { normalizeList } from './normalizeList';
import { normalizeNumber } from './normalizeNumber';
import { normalizePhone } from './normalizePhone';
import { normalizeText } from './normalizeText';
import { isPlaceholder } from './isPlaceholder';

/** One normalizer per field type; the record's type makes a new type in the template schema fail to compile until it has one. */
const normalizers: Record<FieldType, FieldNormalizer> = {
  id: normalizeId,
  text: normalizeText,
  phone: normalizePhone,
  email: normalizeEmail,
  enum: normalizeEnum,
  date: normalizeDate,
  integer: normalizeInteger,
  number: normalizeNumber,
  list: normalizeList,
};

/** Types whose every text is a value, so a placeholder must be told from one before it is taken as text. */
const FREE_TEXT: Record<FieldType, boolean> = { id: true, text: true, list: true, phone: false, email: false, enum: false, date: false, integer: false, number: false };

/** Standardizes one cell for its template field. Never throws: bad input is an `invalid` result. */
export function normalizeCell(value: CellValue, field: TemplateField, context: NormalizeContext): Normalized {
  if (isCellError(value)) return { status: 'invalid', code: 'cell.error' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { status: 'invalid', code: `${field.type === 'integer' ? 'integer' : 'number'}.invalid` };
  const result = normalizers[field.type](value, field, context);
  // A placeholder for nothing (`无`, `N/A`, `-`) is no value: in free text always, elsewhere unless the field reads it as one (a choice spelled so).
  if (typeof value === 'string' && (FREE_TEXT[field.type] || (result.status !== 'ok' && result.status !== 'reformat')) && isPlaceholder(value)) return { status: 'placeholder', written: value };
  return result;
}
