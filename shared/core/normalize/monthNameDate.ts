import { isValid, parse } from 'date-fns';

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;

/**
 * A date written with an English month name, in any usual order:
 * `March 5, 2024`, `5 Mar 2024`, `5th of March 2024`, `2024 Mar 5`,
 * `05-Mar-2024`, `Tue, Mar. 5 2024`. The parts are told apart by their
 * shape (a four-digit year, a day of one or two digits, a month word);
 * date-fns reads the month word (full or abbreviated) and checks the
 * calendar, so `Feb 30, 2024` and `Marchy 5 2024` are no date.
 */
export function monthNameDate(text: string): { iso: string } | null {
  let year: string | null = null;
  let day: string | null = null;
  let month: string | null = null;
  for (const token of text.toLowerCase().split(/[\s,./-]+/)) {
    if (token === '' || token === 'of' || WEEKDAY.test(token)) continue;
    const dayMatch = DAY.exec(token);
    if (YEAR.test(token) && year === null) year = token;
    else if (dayMatch && day === null) day = dayMatch[1]!;
    else if (MONTH_WORD.test(token) && month === null) month = token === 'sept' ? 'sep' : token;
    else return null;
  }
  if (year === null || day === null || month === null) return null;
  const date = parse(`${day} ${month} ${year}`, month.length === 3 ? 'd MMM yyyy' : 'd MMMM yyyy', new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` };
}
