/**
 * Rows (0-based, any order, repeats ignored) as runs of neighbours, in
 * ascending order: hosts insert and delete a run in one call.
 */
export function rowRuns(rows: readonly number[]): Array<{ start: number; count: number }> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: Array<{ start: number; count: number }> = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === row) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}
