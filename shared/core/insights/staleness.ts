import { daysBetween } from '../normalize/isoDate';
import type { CustomerTable } from '../table/customerTable';
import { standardText } from './standardValue';

export interface StaleRow {
  readonly row: number;
  /** The later of the touched fields (`updated`, `last_contact`), or null when all are empty. */
  readonly lastTouched: string | null;
  readonly daysSince: number | null;
}

export interface FollowUpDue {
  readonly row: number;
  readonly nextFollowUp: string;
}

/**
 * template.md: a row is stale when the later of its touched fields is more
 * than `days` before today, or when they are all empty. The fields and the
 * threshold come from the template's settings unless given.
 */
export function staleRows(table: CustomerTable, options: { today: string; days?: number; touchedFields?: readonly string[] }): StaleRow[] {
  const days = options.days ?? table.template.settings.staleDays;
  const fields = (options.touchedFields ?? table.template.settings.touchedFields).filter((key) => key in table.mapping.columns);
  const stale: StaleRow[] = [];
  for (const row of table.rows) {
    let last: string | null = null;
    for (const key of fields) {
      const value = standardText(row, key);
      if (value !== undefined && (last === null || value > last)) last = value;
    }
    if (last === null) stale.push({ row: row.rowNumber, lastTouched: null, daysSince: null });
    else {
      const since = daysBetween(last, options.today);
      if (since > days) stale.push({ row: row.rowNumber, lastTouched: last, daysSince: since });
    }
  }
  return stale;
}

/** template.md: a follow-up is due when `next_follow_up` is today or earlier. */
export function followUpsDue(table: CustomerTable, options: { today: string }): FollowUpDue[] {
  const due: FollowUpDue[] = [];
  for (const row of table.rows) {
    const next = standardText(row, 'next_follow_up');
    if (next !== undefined && next <= options.today) due.push({ row: row.rowNumber, nextFollowUp: next });
  }
  return due;
}

/** Customers whose birthday falls within the next `days` days (today included), with the date it falls on. */
export function upcomingBirthdays(table: CustomerTable, options: { today: string; days: number }): Array<{ row: number; birthday: string; on: string }> {
  const year = Number(options.today.slice(0, 4));
  const out: Array<{ row: number; birthday: string; on: string }> = [];
  for (const row of table.rows) {
    const birthday = standardText(row, 'birthday');
    if (birthday === undefined) continue;
    for (const y of [year, year + 1]) {
      // 29 February is celebrated on 28 February in other years.
      let on = `${y}${birthday.slice(4)}`;
      if (on.endsWith('-02-29') && !isLeap(y)) on = `${y}-02-28`;
      const until = daysBetween(options.today, on);
      if (until >= 0 && until < options.days) {
        out.push({ row: row.rowNumber, birthday, on });
        break;
      }
    }
  }
  return out.sort((a, b) => a.on.localeCompare(b.on) || a.row - b.row);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
