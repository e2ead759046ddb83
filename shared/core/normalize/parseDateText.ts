import { isValid, parse } from 'date-fns';
import type { TemplateSettings } from '../template/templateSchema';
import { daysInMonth } from './daysInMonth';
import { foldWidth } from './foldWidth';
import { isoFromParts } from './isoDate';

export type DateOrder = NonNullable<TemplateSettings['ambiguousDateOrder']>;

export type ParsedDate = { readonly iso: string } | { readonly ambiguous: true } | null;

// Each family is recognised by shape first, then checked against the
// calendar, which rejects impossible dates (`2024-13-45`, `2023-02-29`).
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^\d{1,2}([-/.])\d{1,2}\1\d{4}$/;
const MONTH_NAME_FORMATS = ['d MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd-MMM-yyyy'];
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm]))?$/;

/**
 * A typed date as ISO `YYYY-MM-DD`: `2024/3/5`, `2024年3月5日`, `2024.3.5`,
 * `20240305`, `5 Mar 2024`, with any time of day dropped. Day/month-first
 * forms (`03/05/2024`) follow `order`; without one, a form that reads as two
 * different dates is reported ambiguous rather than guessed.
 */
export function parseDateText(input: string, order: DateOrder | null): ParsedDate {
  const text = foldWidth(input).trim().replace(TIME_SUFFIX, '').trim();
  // Year-first forms carry their parts in fixed places: read them and check
  // the calendar directly (date-fns's parser costs ten times more per cell).
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return calendarDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  const fixed = CHINESE.exec(text) ?? COMPACT.exec(text);
  if (fixed) return calendarDate(Number(fixed[1]), Number(fixed[2]), Number(fixed[3]));
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast) {
    const sep = yearLast[1]!;
    const mdy = parsedWith(text, `M${sep}d${sep}yyyy`);
    const dmy = parsedWith(text, `d${sep}M${sep}yyyy`);
    if (mdy && dmy && mdy.iso !== dmy.iso) {
      if (order === 'MDY') return mdy;
      if (order === 'DMY') return dmy;
      return { ambiguous: true };
    }
    return mdy ?? dmy;
  }
  if (/[a-z]/i.test(text)) {
    for (const format of MONTH_NAME_FORMATS) {
      const parsed = parsedWith(text, format);
      if (parsed) return parsed;
    }
  }
  return null;
}

function calendarDate(year: number, month: number, day: number): { iso: string } | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: isoFromParts(year, month, day) };
}

function parsedWith(text: string, format: string): { iso: string } | null {
  const date = parse(text, format, new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  return { iso: isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate()) };
}
