import { isValid, parse } from 'date-fns';
import type { TemplateSettings } from '../template/templateSchema';
import { daysInMonth } from './daysInMonth';
import { foldWidth } from './foldWidth';
import { isoFromParts } from './isoDate';
import { chineseNumeralsToDigits } from './chineseNumeralsToDigits';
import { monthNameDate } from './monthNameDate';

export type DateOrder = NonNullable<TemplateSettings['ambiguousDateOrder']>;

export type ParsedDate = { readonly iso: string } | { readonly ambiguous: true } | null;

// Each family is recognised by shape first, then checked against the
// calendar, which rejects impossible dates (`2024-13-45`, `2023-02-29`).
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
/** Chinese numerals in a date (`二〇二四年三月五日`): read only where 年 and 月 say it is one. */
const CHINESE_NUMERAL = /[〇零一二两三四五六七八九十]/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^\d{1,2}([-/.])\d{1,2}\1\d{4}$/;
/**
 * A time of day after the date, with what exports and people add to it: a
 * `T`, seconds and fractions, AM/PM (or 上午/下午 before it), 时/点/分,
 * a zone (`Z`, `+08:00`, `+0800`, `UTC`, `GMT+8`, `CST`). The date is the
 * one written; the time is dropped.
 */
const TIME_SUFFIX =
  /(?:[\sT,，]+|(?<=[日号]))(?:(?:上午|下午|晚上|凌晨|中午|早上)\s*)?\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?|\s*[时点](?:\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)?)\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})?$/u;
/** A weekday after a Chinese date: `星期二`, `（周二）`. */
const CHINESE_WEEKDAY = /\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?$/u;
/** Separators left after a date: `2024-03-05.`, `2024/3/5/`, `2024年3月5日，`. */
const TRAILING = /[\s.,，。、/\\;；-]+$/u;

/**
 * A typed date as ISO `YYYY-MM-DD`: `2024/3/5`, `2024年3月5日`, `2024.3.5`,
 * `20240305`, `二〇二四年三月五日`, `March 5th, 2024`, `5 Mar 2024`, with any
 * time of day, time zone, weekday or trailing separator dropped. Day/month-first
 * forms (`03/05/2024`) follow `order`; without one, a form that reads as two
 * different dates is reported ambiguous rather than guessed.
 */
export function parseDateText(input: string, order: DateOrder | null): ParsedDate {
  let text = foldWidth(input).trim().replace(TIME_SUFFIX, '').replace(CHINESE_WEEKDAY, '').replace(TRAILING, '');
  if (text.includes('年') && text.includes('月') && CHINESE_NUMERAL.test(text)) text = chineseNumeralsToDigits(text);
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
  if (/[a-z]/i.test(text)) return monthNameDate(text);
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
