import { importCustomers } from '../shared/core/operations/importCustomers';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers, HEADERS } from './generate/generateCustomers';

/**
 * Issue 8's bar: 50,000 incoming rows (English headers, other formats, many
 * of them customers the file already has) into a 100,000-row customer file,
 * in memory, under 15 s.
 */
export const importBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const { values } = generateCustomers({ rows: 150_000, seed: 11, duplicateRate: 0.2 });
    const existing = values.slice(0, 100_001);
    const source = [[...HEADERS.en], ...values.slice(100_001)];
    const workbook = MemoryWorkbook.fromSheets([{ name: '客户档案', values: existing }]);
    const { value: result, seconds } = await timed(() =>
      importCustomers(workbook, { name: 'source', values: source }, {
        template: defaultTemplate,
        lang: 'en',
        context: { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null },
        now: '2026-11-22T10:00:00Z',
        snapshot: false,
        source: 'Event',
      }),
    );
    const { plan } = result;
    return [
      {
        name: 'import 50k into 100k',
        rows: source.length - 1,
        seconds,
        figures: { new: plan.newRows.length, updated: plan.updates.length, review: plan.review.length, rejected: plan.rejected.length, portCalls: Object.values(workbook.calls).reduce((a, b) => a + b, 0) },
      },
    ];
  },
};
