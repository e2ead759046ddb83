import { createCoreCommands } from '../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';

const today = '2026-11-22';

/**
 * Undo on a generated 100,000-row sheet in memory, as the pane runs it: of a
 * fix (cells written back where they differ) and of merging every cluster
 * found (rows inserted back, so formulas around them follow). Port calls are
 * printed: they must not grow with rows.
 */
export const undoBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const rows = 100_000;
    const { values } = generateCustomers({ rows, seed: 1, duplicateRate: 0.05, today });
    const workbook = MemoryWorkbook.fromSheets([{ name: 'Customers', values }]);
    const api = createCoreCommands(workbook, { today: () => today, now: () => '2026-11-22T10:00:00Z', lang: 'en' });
    const callsSince = (before: Readonly<Record<string, number>>) => Object.entries(workbook.calls).reduce((n, [k, v]) => n + v - (before[k] ?? 0), 0);

    await api.check();
    const { changed } = await api.applyFix(await api.previewFix());
    let before = { ...workbook.calls };
    const fixUndo = await timed(() => api.undo());
    const fixCalls = callsSince(before);

    const { clusters } = await api.findDuplicates();
    const { movedRows } = await api.merge(clusters.map((c) => ({ rows: c.rows })));
    before = { ...workbook.calls };
    const mergeUndo = await timed(() => api.undo());
    const mergeCalls = callsSince(before);
    return [
      { name: 'undo of fix', rows, seconds: fixUndo.seconds, figures: { cellsBack: changed.length, portCalls: fixCalls } },
      { name: 'undo of merge', rows, seconds: mergeUndo.seconds, figures: { rowsBack: movedRows, portCalls: mergeCalls } },
    ];
  },
};
