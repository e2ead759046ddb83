import type { Finding } from '../../core/findings/finding';

export type FindingFilter = 'all' | 'error' | 'warning';

/** One field's findings, counted by severity. */
export interface FindingGroup {
  readonly field: string;
  readonly errors: number;
  readonly warnings: number;
}

/** What the findings list shows before any finding is fetched: counts, groups in order, and how many carry a suggestion. */
export interface FindingsSummary {
  readonly total: number;
  readonly groups: FindingGroup[];
  readonly suggestions: number;
}

/**
 * A check's findings as the pane lists them: grouped by field (fields in the
 * order their first finding came), filtered by severity, a window at a time.
 * The preview's worker keeps the findings and answers `window`; other hosts
 * hand the pane the whole list and it is served from memory.
 */
export interface FindingsPages extends FindingsSummary {
  window(filter: FindingFilter, from: number, count: number): Promise<Finding[]>;
}

/** The findings arranged once: the summary, and each filter's list in display order (built when first asked for). */
export function arrangeFindings(findings: readonly Finding[]): { summary: FindingsSummary; list: (filter: FindingFilter) => readonly Finding[] } {
  const byField = new Map<string, Finding[]>();
  let suggestions = 0;
  for (const f of findings) {
    const list = byField.get(f.field);
    if (list) list.push(f);
    else byField.set(f.field, [f]);
    if (f.suggestion !== null) suggestions++;
  }
  const groups: FindingGroup[] = [];
  const all: Finding[] = [];
  for (const [field, list] of byField) {
    let errors = 0;
    for (const f of list) {
      if (f.severity === 'error') errors++;
      all.push(f);
    }
    groups.push({ field, errors, warnings: list.length - errors });
  }
  const lists = new Map<FindingFilter, readonly Finding[]>([['all', all]]);
  return {
    summary: { total: findings.length, groups, suggestions },
    list: (filter) => lists.get(filter) ?? lists.set(filter, all.filter((f) => f.severity === filter)).get(filter)!,
  };
}

/** Findings held here (hosts whose results arrive whole): the same pages, from memory. */
export function localFindingsPages(findings: readonly Finding[]): FindingsPages {
  const { summary, list } = arrangeFindings(findings);
  return { ...summary, window: async (filter, from, count) => list(filter).slice(from, from + count) };
}

/** How many of a group's findings a filter shows. */
export function shownIn(group: FindingGroup, filter: FindingFilter): number {
  return filter === 'all' ? group.errors + group.warnings : filter === 'error' ? group.errors : group.warnings;
}
