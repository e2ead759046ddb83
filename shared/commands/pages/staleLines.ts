import type { StaleEntry, StaleResult } from '../commandApi';

export type StaleSection = 'stale' | 'followUps' | 'birthdays';
export type StaleLine =
  | { kind: 'owner'; owner: string }
  | { kind: 'section'; section: StaleSection; count: number }
  | { kind: 'entry'; section: StaleSection; entry: StaleEntry };

/** Days since last touched, longest first; never touched before all. */
function byDaysSince(a: StaleEntry, b: StaleEntry): number {
  const da = a.daysSince ?? Number.POSITIVE_INFINITY;
  const db = b.daysSince ?? Number.POSITIVE_INFINITY;
  return da === db ? a.row - b.row : db - da;
}

/** The stale list as the flat lines one virtualized list draws: owner, section heading, entries. */
export function staleLines(result: StaleResult): StaleLine[] {
  const lines: StaleLine[] = [];
  for (const group of result.byOwner) {
    const sections: Array<[StaleSection, StaleEntry[]]> = [
      ['stale', [...group.stale].sort(byDaysSince)],
      ['followUps', [...group.followUpsDue].sort((a, b) => (a.nextFollowUp ?? '').localeCompare(b.nextFollowUp ?? '') || a.row - b.row)],
      ['birthdays', [...group.birthdays].sort((a, b) => (a.birthday ?? '').localeCompare(b.birthday ?? '') || a.row - b.row)],
    ];
    if (sections.every(([, list]) => list.length === 0)) continue;
    lines.push({ kind: 'owner', owner: group.owner });
    for (const [section, list] of sections) {
      if (list.length === 0) continue;
      lines.push({ kind: 'section', section, count: list.length });
      for (const entry of list) lines.push({ kind: 'entry', section, entry });
    }
  }
  return lines;
}
