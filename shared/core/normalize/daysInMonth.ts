/**
 * Days in a month of the (proleptic) Gregorian calendar, which JavaScript
 * dates and spreadsheets follow: a leap year is divisible by 4, except
 * centuries not divisible by 400. Worked out, not asked of a `Date`: a
 * local-time Date per typed date was half of reading it.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
