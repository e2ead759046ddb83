/** `YYYY-MM-DD` of a Date, read in UTC (cells carry dates at UTC midnight). */
export function isoDateOf(date: Date): string {
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A Date at UTC midnight for an ISO date, the form ports write date cells in. */
export function dateFromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
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
