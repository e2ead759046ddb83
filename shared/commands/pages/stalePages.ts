import type { StaleResult } from '../commandApi';
import { staleLines, type StaleLine } from './staleLines';

/** What the stale list shows before any line is fetched: its runs of lines by kind, and how many customers. */
export interface StaleSummary {
  readonly runs: ReadonlyArray<{ readonly kind: StaleLine['kind']; readonly count: number }>;
  readonly entries: number;
}

/**
 * The stale list as the pane draws it (owner, section, customers), a window
 * of lines at a time; `entryRows` gives every listed row for "Select all".
 * The preview's worker keeps the lines; elsewhere they are in memory.
 */
export interface StalePages extends StaleSummary {
  window(from: number, count: number): Promise<StaleLine[]>;
  entryRows(): Promise<number[]>;
}

/** The lines once, with their runs and the rows listed (each row once). */
export function arrangeStale(result: StaleResult): { summary: StaleSummary; lines: StaleLine[]; rows: number[] } {
  const lines = staleLines(result);
  const runs: Array<{ kind: StaleLine['kind']; count: number }> = [];
  const rows = new Set<number>();
  for (const line of lines) {
    const last = runs[runs.length - 1];
    if (last && last.kind === line.kind) last.count++;
    else runs.push({ kind: line.kind, count: 1 });
    if (line.kind === 'entry') rows.add(line.entry.row);
  }
  return { summary: { runs, entries: rows.size }, lines, rows: [...rows] };
}

/** Lines held here (hosts whose results arrive whole): the same pages, from memory. */
export function localStalePages(result: StaleResult): StalePages {
  const { summary, lines, rows } = arrangeStale(result);
  return { ...summary, window: async (from, count) => lines.slice(from, from + count), entryRows: async () => rows };
}
