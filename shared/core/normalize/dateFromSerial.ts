import { isoFromParts } from './isoDate';

/** The largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * ISO date of a spreadsheet date serial (1900 date system, which Excel and
 * Sheets share), ignoring the time of day. Excel counts a 29 February 1900
 * that never existed (serial 60), so serials before it are one day off
 * from the 1899-12-30 epoch Sheets uses; both read the same from serial 61.
 */
export function dateFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
