import type { CellValue } from '../cell';
import type { TemplateField } from '../template/templateSchema';
import { normalizeCell } from './normalizeCell';
import type { Normalized, NormalizeContext } from './normalized';

const EMPTY: Normalized = { status: 'empty' };
/** After this many lookups a column that repeats less than `MIN_HIT_RATE` stops being cached (phones, e-mails are unique). */
const PROBE = 2000;
const MIN_HIT_RATE = 0.2;
const DAY_MS = 86_400_000;
/** Days from 1900-01-01 (ms since 1970 / day: -25,567) to 2099-12-31: every date of a customer file, birthdays included. */
const FIRST_DAY = -25_567;
const DAYS = 73_049;

/** A date cell's day from 1900-01-01 when it is a UTC midnight within 1900–2099, else -1. */
function dayIndexOf(date: Date): number {
  const index = date.getTime() / DAY_MS - FIRST_DAY;
  return Number.isInteger(index) && index >= 0 && index < DAYS ? index : -1;
}

/**
 * `normalizeCell` for one column of many rows. Most columns repeat (dates,
 * cities, owners, choices), so each distinct cell is standardized once and
 * its result object shared: the results are immutable, which also keeps a
 * 100,000-row table small in memory. Columns that do not repeat skip the cache.
 */
export function memoizedNormalizer(field: TemplateField, context: NormalizeContext): (value: CellValue) => Normalized {
  // Separate maps, so keys need no building: a date's time, a number, a string.
  const byText = new Map<string, Normalized>();
  const byNumber = new Map<number, Normalized>();
  const byDate = new Map<number, Normalized>();
  /** Date cells at UTC midnight by day, made at the first one: an array index costs a fraction of hashing a time in a Map. */
  let byDay: (Normalized | undefined)[] | undefined;
  let lookups = 0;
  let hits = 0;
  let caching = true;
  return (value) => {
    if (value === null) return EMPTY;
    // Date cells by day whatever the column's hit rate: an array index costs less than making a result
    // (birthdays repeat too thinly at first to keep the cache, yet more than half repeat in the end).
    const day = value instanceof Date ? dayIndexOf(value) : -1;
    if (day >= 0) {
      let result = (byDay ??= new Array<Normalized | undefined>(DAYS))[day];
      if (result === undefined) byDay[day] = result = normalizeCell(value, field, context);
      return result;
    }
    if (!caching || typeof value === 'boolean' || (typeof value === 'object' && !(value instanceof Date))) return normalizeCell(value, field, context);
    lookups++;
    const cache: Map<string | number, Normalized> = typeof value === 'string' ? byText : value instanceof Date ? byDate : byNumber;
    const key = value instanceof Date ? value.getTime() : value;
    let result = cache.get(key);
    if (result !== undefined) hits++;
    else {
      result = normalizeCell(value, field, context);
      cache.set(key, result);
    }
    if (lookups === PROBE && hits / lookups < MIN_HIT_RATE) {
      caching = false;
      byText.clear();
      byNumber.clear();
      byDate.clear();
    }
    return result;
  };
}
