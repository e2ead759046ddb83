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

/** Whole days from ISO date `a` to ISO date `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dateFromIso(b).getTime() - dateFromIso(a).getTime()) / 86_400_000);
}
