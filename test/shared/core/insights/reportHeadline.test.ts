import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { headerLang } from '../../../../shared/core/insights/headerLang';
import { kpisAsOf } from '../../../../shared/core/insights/kpisAsOf';
import { buildReportModel } from '../../../../shared/core/insights/reportModel';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';

const today = '2026-11-22';
const HEADER = ['Customer ID', 'Name', 'Owner', 'Total Spend', 'Created', 'First Purchase', 'Last Purchase', 'Last Contact', 'Next Follow-up'];
const table = (rows: CellValue[][]) => readCustomerTable(defaultTemplate, { name: 'C', values: [HEADER, ...rows] }, { region: 'CN', today, ambiguousDateOrder: null });

// Period 30 days: this period 2026-10-24..2026-11-22, the previous one 2026-09-24..2026-10-23.
const sample = table([
  ['C1', 'A', 'X', 1000, '2026-11-01', '2026-11-01', '2026-11-20', '2026-11-20', '2026-11-22'], // new now; did not exist before
  ['C2', 'B', 'X', 500, '2026-10-01', '2026-10-01', '2026-10-01', '2026-10-01', null], // new in the previous period
  ['C3', 'C', 'Y', 250, '2024-01-01', '2024-01-01', '2026-03-01', '2026-03-01', '2026-11-01'], // at risk now (266 days) and at the previous end (236 days)
  ['C4', 'D', 'Y', null, '2023-01-01', '2023-01-01', '2025-06-01', null, null], // churned both times
  ['C5', 'E', null, 250, '2024-05-01', '2024-05-01', '2026-11-10', '2026-11-10', null], // bought since: counted as of the previous end
]);

describe('the report headline', () => {
  const model = buildReportModel(sample, { today, lang: 'en', periodDays: 30 });
  const kpi = (id: string) => model.headline.kpis.find((k) => k.id === id)!;

  it('counts this period against the previous period of the same length', () => {
    expect(model.headline.period).toBe('2026-10-24 – 2026-11-22, compared with 2026-09-24 – 2026-10-23');
    expect(kpi('customers')).toMatchObject({ value: 5, previous: 4, change: 0.25 });
    expect(kpi('newInPeriod')).toMatchObject({ value: 1, previous: 1, change: 0 });
    // Now: C1, C2, C5 active; C3 at risk (266 days); C4 churned. Then (2026-10-23): C2, C5 (clamped), C3 (236 days → at risk)…
    expect(kpi('active')).toMatchObject({ value: 3, previous: 2 });
    expect(kpi('atRisk')).toMatchObject({ value: 1, previous: 1 });
    expect(kpi('churned')).toMatchObject({ value: 1, previous: 1 });
    // Cohort: first purchase more than a year before: C3, C4, C5 now (C5 and C3 bought within the year) → 2/3.
    expect(kpi('retention').value).toBeCloseTo(2 / 3, 10);
    expect(kpi('retention').format).toBe('percent');
  });

  it('leaves figures without history in the file uncompared, and says so', () => {
    expect(kpi('totalSpend')).toMatchObject({ value: 2000, previous: null, change: null, format: 'money' });
    expect(kpi('averageSpend')).toMatchObject({ value: 500, previous: null });
    expect(kpi('followUpsDue')).toMatchObject({ value: 2, previous: null, higherIsBetter: false });
    expect(model.headline.footnote).toMatch(/no history/);
  });

  it('gives a one-line data-quality verdict in the reader\'s language', () => {
    expect(model.headline.verdict).toMatch(/^Data quality \d+\/100, (good|fair|needs work): \d+ errors?/);
    const zh = buildReportModel(sample, { today, lang: 'zh', periodDays: 30 });
    expect(zh.headline.verdict).toMatch(/^数据质量 \d+\/100，/);
    expect(zh.headline.kpis[0]!.label).toBe('客户数');
  });

  it('marks every share as a percentage and every amount as money', () => {
    const byOwner = model.sections.find((s) => s.id === 'byOwner')!;
    expect(byOwner.table.formats).toEqual(['text', 'count', 'money', 'percent']);
    expect(byOwner.chart).toMatchObject({ kind: 'bar', valueColumns: [2] });
    const retention = model.sections.find((s) => s.id === 'retention')!;
    const rateRow = retention.table.rows.findIndex((r) => r[0] === 'Retention rate');
    expect(retention.table.rowFormats![rateRow]).toBe('percent');
    expect(model.currency).toBe('CNY');
  });

  it('marks the unfinished current month in the table and the chart', () => {
    const months = model.sections.find((s) => s.id === 'newByMonth')!;
    expect(months.chart!.partialLast).toBe(true);
    expect(months.table.rows[months.table.rows.length - 2]![0]).toBe('2026-11 (to date)');
  });

  it('as of any day, the stages never count more customers than there were, nor a share leave 0–1', () => {
    const date = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2021, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(date), fc.option(date), fc.option(date)), { maxLength: 30 }), date, (rows, day) => {
        const t = table(rows.map(([created, first, last], i) => [`C${i}`, 'N', 'O', 1, created, first, last, last, null]));
        const k = kpisAsOf(t, day, { periodDays: 30, staleDays: 90, touchedFields: ['last_contact'] });
        expect(k.active! + k.atRisk! + k.churned!).toBeLessThanOrEqual(k.customers);
        expect(k.newInPeriod!).toBeLessThanOrEqual(k.customers);
        for (const share of [k.retention, k.staleShare]) if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('headerLang', () => {
  it('reads the header\'s language, and says nothing when it cannot tell', () => {
    expect(headerLang(['客户编号', '姓名', '手机', 'Email'])).toBe('zh');
    expect(headerLang(['Customer ID', 'Name', '手机'])).toBe('en');
    expect(headerLang([1, null, ''])).toBeNull();
    expect(headerLang(['ID', '姓名'])).toBeNull();
  });
});
