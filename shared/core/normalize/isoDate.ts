/** `YYYY-MM-DD` of a Date, read in UTC (cells carry dates at UTC midnight). */
export function isoDateOf(date: Date): string {
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A Date at UTC midnight for an ISO date, the form ports write date cells in. */
export function dateFromIso(iso: string): Date {
  // The common four-digit year read in place; other forms (longer years) split.
  const [y, m, d] = iso.length === 10 ? [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] : (iso.split('-').map(Number) as [number, number, number]);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC reads years 0–99 as 1900–1999.
  if (y >= 0 && y < 100) date.setUTCFullYear(y);
  return date;
}

/** Day numbers of ISO dates already seen: reports compute hundreds of thousands of intervals over a few thousand dates. */
const dayNumbers = new Map<string, number>();

function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Math.round(dateFromIso(iso).getTime() / 86_400_000);
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

/** Whole days from ISO date `a` to ISO date `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
