import { standardText } from '../../shared/core/insights/standardValue';
import { cellToText } from '../../shared/core/normalize/cellToText';
import type { StaleReport } from '../../shared/core/operations/stale';
import type { CustomerRow } from '../../shared/core/table/customerTable';

export interface DigestEntry {
  readonly row: number;
  readonly name: string;
  /** The standard form where the phone is valid, else as typed. */
  readonly phone: string;
  /** Stale: the later of Updated / Last Contact (null: never); follow-up: its date. */
  readonly date: string | null;
  readonly daysSince: number | null;
}

export interface OwnerDigest {
  readonly owner: string;
  readonly stale: DigestEntry[];
  readonly followUpsDue: DigestEntry[];
  readonly birthdaysToday: DigestEntry[];
}

/**
 * The daily digest's content, per owner, from the core's stale report
 * (staleness, follow-ups due and birthdays are the core's rules; nothing is
 * decided here): stale customers, follow-ups due, and birthdays falling
 * today (the report's birthdays span the follow-up window; the mail names
 * only today's). Rows without an owner are counted, as nobody can be mailed.
 * Owners with nothing to hear about get no digest.
 */
export function ownerDigests(report: StaleReport): { digests: OwnerDigest[]; rowsWithoutOwner: number } {
  const byNumber = new Map(report.table.rows.map((r) => [r.rowNumber, r]));
  const text = (row: CustomerRow | undefined, key: string) => {
    const col = report.table.mapping.columns[key];
    return row && col !== undefined ? cellToText(row.cells[col] ?? null).trim() : '';
  };
  const entry = (rowNumber: number, date: string | null, daysSince: number | null): DigestEntry => {
    const row = byNumber.get(rowNumber);
    return { row: rowNumber, name: text(row, 'name'), phone: (row && standardText(row, 'phone')) ?? text(row, 'phone'), date, daysSince };
  };
  const groups = new Map<string, { owner: string; stale: DigestEntry[]; followUpsDue: DigestEntry[]; birthdaysToday: DigestEntry[] }>();
  const unowned = new Set<number>();
  const group = (rowNumber: number) => {
    const owner = text(byNumber.get(rowNumber), 'owner');
    if (owner === '') {
      unowned.add(rowNumber);
      return null;
    }
    let g = groups.get(owner);
    if (!g) groups.set(owner, (g = { owner, stale: [], followUpsDue: [], birthdaysToday: [] }));
    return g;
  };
  for (const s of report.stale) group(s.row)?.stale.push(entry(s.row, s.lastTouched, s.daysSince));
  for (const f of report.followUpsDue) group(f.row)?.followUpsDue.push(entry(f.row, f.nextFollowUp, null));
  for (const b of report.birthdays) if (b.on === report.today) group(b.row)?.birthdaysToday.push(entry(b.row, b.birthday, null));
  return { digests: [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner)), rowsWithoutOwner: unowned.size };
}
