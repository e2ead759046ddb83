import { checkWorkbook } from '../shared/core/operations/check';
import { planFix } from '../shared/core/operations/fix';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';

/** Check (read + standardize + validate) and fix planning on a generated 100,000-row file in memory. */
export const checkBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const rows = 100_000;
    const { values } = generateCustomers({ rows, seed: 1 });
    const workbook = MemoryWorkbook.fromSheets([{ name: 'Customers', values }]);
    const { value: report, seconds } = await timed(() => checkWorkbook(workbook, { template: defaultTemplate, today: '2026-11-22', lang: 'en' }));
    const plan = await timed(() => planFix(report));
    return [
      { name: 'check', rows, seconds, figures: { errors: report.summary.errors, warnings: report.summary.warnings, portCalls: Object.values(workbook.calls).reduce((a, b) => a + b, 0) } },
      { name: 'fix plan', rows, seconds: plan.seconds, figures: { changes: plan.value.length } },
    ];
  },
};
