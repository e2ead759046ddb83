import { buildReportModel } from '../shared/core/insights/reportModel';
import { readCustomerTable } from '../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { checkTable } from '../shared/core/validate/checkTable';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';

/** The manager's report model (all sections, masking on) from a 100,000-row table already read. */
export const reportBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const rows = 100_000;
    const table = readCustomerTable(defaultTemplate, { name: 'C', values: generateCustomers({ rows, seed: 5 }).values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const findings = checkTable(table, { lang: 'en' });
    const { value: model, seconds } = await timed(() => buildReportModel(table, { today: '2026-11-22', lang: 'en', findings }));
    return [{ name: 'report model', rows, seconds, figures: { sections: model.sections.length, stale: model.summary.stale } }];
  },
};
