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

/** Standardizes one cell for its template field. Never throws: bad input is an `invalid` result. */
export function normalizeCell(value: CellValue, field: TemplateField, context: NormalizeContext): Normalized {
  if (isCellError(value)) return { status: 'invalid', code: 'cell.error' };
  if (typeof value === 'number' && !Number.isFinite(value)) return { status: 'invalid', code: `${field.type === 'integer' ? 'integer' : 'number'}.invalid` };
  return normalizers[field.type](value, field, context);
}
