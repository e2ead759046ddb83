import type { CheckResult, StaleResult } from '../../shared/commands/commandApi';
import type { FixChange } from '../../shared/core/operations/fix';
import { arrangeFindings, type FindingFilter, type FindingsSummary } from '../../shared/commands/pages/findingsPages';
import { arrangeFixPlan, type FixPlanSummary } from '../../shared/commands/pages/fixPlanPages';
import { arrangeStale, type StaleSummary } from '../../shared/commands/pages/stalePages';

/** A kept list as the page learns of it: its number (to ask for windows) and its summary. */
export type HeldSummary<S> = S & { readonly list: number };

/** The result of `check`, `stale` and `previewFixPages` as sent to the page: the long lists stay here. */
export type HeldCheck = Omit<CheckResult, 'pages'> & { pages: HeldSummary<FindingsSummary> };
export type HeldStale = Omit<StaleResult, 'pages'> & { pages: HeldSummary<StaleSummary> };
export type HeldFixPlan = HeldSummary<FixPlanSummary>;

export interface HeldLists {
  /** The result to send for `method`: its long lists kept here and replaced by their summary, or the value as it is. */
  keep(method: string, value: unknown): unknown;
  /** Items `from`…`from+count` of kept list `list` as `query` arranges it (a severity filter, the fields off, or 'rows' for the stale list's rows). */
  window(list: number, query: unknown, from: number, count: number): unknown[];
}

/**
 * The compute worker's long result lists: a check's findings, a fix plan, a
 * stale list. The page gets counts and asks for the lines it shows, so no
 * list of 300,000 crosses to it (the structured clone and the page's work on
 * it were the long tasks left). One list per command is kept: the latest.
 */
export function holdLists(): HeldLists {
  let next = 1;
  const lists = new Map<number, (query: unknown, from: number, count: number) => unknown[]>();
  const byMethod = new Map<string, number>();
  const hold = (method: string, serve: (query: unknown, from: number, count: number) => unknown[]): number => {
    const old = byMethod.get(method);
    if (old !== undefined) lists.delete(old);
    const id = next++;
    lists.set(id, serve);
    byMethod.set(method, id);
    return id;
  };
  return {
    keep(method, value) {
      if (method === 'check') {
        const result = value as CheckResult;
        const { summary, list } = arrangeFindings(result.findings);
        const id = hold(method, (filter, from, count) => list(filter as FindingFilter).slice(from, from + count));
        return { ...result, findings: [], pages: { ...summary, list: id } } satisfies HeldCheck;
      }
      if (method === 'stale') {
        const result = value as StaleResult;
        const { summary, lines, rows } = arrangeStale(result);
        const id = hold(method, (query, from, count) => (query === 'rows' ? rows : lines.slice(from, from + count)));
        return { ...result, byOwner: [], pages: { ...summary, list: id } } satisfies HeldStale;
      }
      if (method === 'previewFixPages') {
        const { summary, list } = arrangeFixPlan(value as FixChange[]);
        const id = hold(method, (off, from, count) => list(off as string[]).slice(from, from + count));
        return { ...summary, list: id } satisfies HeldFixPlan;
      }
      return value;
    },
    window(list, query, from, count) {
      const serve = lists.get(list);
      // Gone with an older result (or with the worker, after Cancel): the page shows the lines blank.
      if (!serve) throw Object.assign(new Error('This list is no longer available; run the action again.'), { detail: 'list.gone' });
      return serve(query, from, count);
    },
  };
}
