import { isCellError } from '../cell';
import type { TemplateField } from '../template/templateSchema';
import { dateFromSerial } from './dateFromSerial';
import { isoDateOf } from './isoDate';
import type { FieldNormalizer, NormalizeContext, Normalized } from './normalized';
import { parseDateText } from './parseDateText';
import { settle } from './settle';

/**
 * Dates to ISO `YYYY-MM-DD`: real date cells, spreadsheet serials,
 * `20240305` typed as a number, and every text form `parseDateText`
 * reads; then the field's own bounds (not in the future, at most N years back).
 */
export const normalizeDate: FieldNormalizer = (value, field, context) => {
  if (value === null || isCellError(value) || typeof value === 'boolean') {
    return value === null ? { status: 'empty' } : { status: 'invalid', code: 'date.invalid' };
  }
  let iso: string | null;
  if (value instanceof Date) iso = Number.isNaN(value.getTime()) ? null : isoDateOf(value);
  else if (typeof value === 'number') iso = Number.isInteger(value) && value >= 10_000_000 ? parseCompact(value) : dateFromSerial(value);
  else {
    if (value.trim() === '') return { status: 'empty' };
    const parsed = parseDateText(value, context.ambiguousDateOrder);
    if (parsed && 'ambiguous' in parsed) return { status: 'invalid', code: 'date.ambiguous' };
    iso = parsed?.iso ?? null;
  }
  if (iso === null) return { status: 'invalid', code: 'date.invalid' };
  return withinDateBounds(iso, field, context) ?? settle(value, iso);
};

function parseCompact(n: number): string | null {
  const parsed = parseDateText(String(n), null);
  return parsed && 'iso' in parsed ? parsed.iso : null;
}

function withinDateBounds(iso: string, field: TemplateField, context: NormalizeContext): Normalized | null {
  if (field.notFuture && iso > context.today) return { status: 'invalid', code: 'date.future' };
  if (field.maxYearsBack !== undefined) {
    const year = Number(context.today.slice(0, 4)) - field.maxYearsBack;
    const earliest = `${String(year).padStart(4, '0')}${context.today.slice(4)}`;
    if (iso < earliest) return { status: 'invalid', code: 'date.tooOld', params: { years: field.maxYearsBack } };
  }
  return null;
}
