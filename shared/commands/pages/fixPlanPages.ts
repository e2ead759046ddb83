import type { FixChange } from '../../core/operations/fix';

/** What the fix preview shows before any change is fetched: how many, and how many per field (fields in plan order). */
export interface FixPlanSummary {
  readonly total: number;
  readonly fields: ReadonlyArray<{ readonly field: string; readonly count: number }>;
}

/**
 * A fix plan as the pane lists it: every change, less the fields switched
 * off, a window at a time. The preview's worker keeps the plan (170,000
 * changes on 100,000 rows) and answers `window`; elsewhere it is in memory.
 */
export interface FixPlanPages extends FixPlanSummary {
  window(off: readonly string[], from: number, count: number): Promise<FixChange[]>;
}

/** The plan arranged once: its summary, and the changes left with some fields off (the last arrangement kept). */
export function arrangeFixPlan(changes: readonly FixChange[]): { summary: FixPlanSummary; list: (off: readonly string[]) => readonly FixChange[] } {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.field, (counts.get(c.field) ?? 0) + 1);
  let last: { key: string; list: readonly FixChange[] } = { key: '', list: changes };
  return {
    summary: { total: changes.length, fields: [...counts].map(([field, count]) => ({ field, count })) },
    list: (off) => {
      const key = [...off].sort().join('\u0001');
      if (key !== last.key) {
        const skip = new Set(off);
        last = { key, list: changes.filter((c) => !skip.has(c.field)) };
      }
      return last.list;
    },
  };
}

/** A plan held here (hosts whose results arrive whole): the same pages, from memory. */
export function localFixPlanPages(changes: readonly FixChange[]): FixPlanPages & { chosen: (off: readonly string[]) => readonly FixChange[] } {
  const { summary, list } = arrangeFixPlan(changes);
  return { ...summary, chosen: list, window: async (off, from, count) => list(off).slice(from, from + count) };
}

/** How many changes are listed (and applied) with `off` fields switched off. */
export function listedCount(summary: FixPlanSummary, off: ReadonlySet<string>): number {
  let n = 0;
  for (const { field, count } of summary.fields) if (!off.has(field)) n += count;
  return n;
}
