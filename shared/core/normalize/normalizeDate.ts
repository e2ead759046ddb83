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
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { status: 'invalid', code: 'date.invalid' };
    // A date cell reads as its ISO date (cellToText), so it is standard already: settling it would format it twice.
    const iso = isoDateOf(value);
    return withinDateBounds(iso, field, context) ?? { status: 'ok', value: iso };
  }
  let iso: string | null;
  if (typeof value === 'number') iso = Number.isInteger(value) && value >= 10_000_000 ? parseCompact(value) : dateFromSerial(value);
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
  if (field.maxYearsBack !== undefined && iso < earliestDate(context.today, field.maxYearsBack)) {
    return { status: 'invalid', code: 'date.tooOld', params: { years: field.maxYearsBack } };
  }
  return null;
}

/** The last bound worked out: a column asks for the same one for each of its distinct dates. */
let lastBound = { today: '', years: -1, earliest: '' };

/** The ISO date `years` years before `today`. */
function earliestDate(today: string, years: number): string {
  if (lastBound.today !== today || lastBound.years !== years) {
    const year = Number(today.slice(0, 4)) - years;
    lastBound = { today, years, earliest: `${String(year).padStart(4, '0')}${today.slice(4)}` };
  }
  return lastBound.earliest;
}
