import { dateFromSerial } from '../../../shared/core/normalize/dateFromSerial';
import { dateFromIso } from '../../../shared/core/normalize/isoDate';

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The Date (UTC midnight) of an Excel date serial, or null where Excel has no such day. */
export function dateOfSerial(serial: number): Date | null {
  const iso = dateFromSerial(serial);
  return iso === null ? null : dateFromIso(iso);
}

/**
 * Excel's serial for a date (its UTC day). Excel counts a 29 February 1900
 * that never existed, so days up to 28 February 1900 are one lower; days
 * before 1 January 1900 have no serial (null: written as ISO text instead).
 */
export function serialOfDate(date: Date): number | null {
  const days = Math.floor((Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - EPOCH) / DAY);
  if (days < 2) return null;
  return days <= 60 ? days - 1 : days;
}
