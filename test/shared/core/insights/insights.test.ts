import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { lifecycleStages } from '../../../../shared/core/insights/lifecycle';
import { maskEmail, maskName, maskPhone } from '../../../../shared/core/insights/maskPii';
import { buildReportModel } from '../../../../shared/core/insights/reportModel';
import { quintiles, rfmScores, segmentOf } from '../../../../shared/core/insights/rfm';
import { followUpsDue, staleRows, upcomingBirthdays } from '../../../../shared/core/insights/staleness';
import { valueTiers } from '../../../../shared/core/insights/valueTiers';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { generateCustomers } from '../../../../bench/generate/generateCustomers';

const today = '2026-11-22';
const context = { region: 'CN', today, ambiguousDateOrder: null };
const table = (rows: CellValue[][]) => readCustomerTable(defaultTemplate, { name: 'C', values: [['Customer ID', 'Name', 'Owner', 'Grade', 'Stage', 'Total Spend', 'Orders', 'First Purchase', 'Last Purchase', 'Updated', 'Last Contact', 'Next Follow-up', 'Birthday', 'Satisfaction'], ...rows] }, context);

const sample = table([
  ['C1', '王芳', '李娜', 'A', 'Active', 800, 10, '2024-01-01', '2026-11-01', '2026-11-01', null, '2026-11-22', '1990-11-25', 5],
  ['C2', '张伟', '李娜', 'b', null, 150, 3, '2026-10-01', '2026-10-01', '2025-01-01', '2025-03-01', '2026-12-01', '1985-02-29', 3],
  ['C3', 'John', null, null, 'Churned', 50, 1, '2023-01-01', '2024-06-01', null, null, '2026-11-20', null, 4],
  ['C4', 'Mary', '王芳', 'D', null, null, null, null, null, '2026-06-01', null, null, '2000-11-28', null],
]);

describe('staleness and follow-ups (template.md)', () => {
  it('takes the later of updated and last contact, and both empty as stale', () => {
    expect(staleRows(sample, { today })).toEqual([
      { row: 3, lastTouched: '2025-03-01', daysSince: 631 },
      { row: 4, lastTouched: null, daysSince: null },
    ]);
    expect(staleRows(sample, { today, days: 100 }).map((s) => s.row)).toEqual([3, 4, 5]);
  });
  it('follow-ups are due today or earlier', () => {
    expect(followUpsDue(sample, { today })).toEqual([{ row: 2, nextFollowUp: '2026-11-22' }, { row: 4, nextFollowUp: '2026-11-20' }]);
  });
  it('birthdays in the next 7 days', () => {
    expect(upcomingBirthdays(sample, { today, days: 7 })).toEqual([{ row: 2, birthday: '1990-11-25', on: '2026-11-25' }, { row: 5, birthday: '2000-11-28', on: '2026-11-28' }]);
  });
});

describe('segments', () => {
  it('ABC tiers by share of spend, D without purchase', () => {
    // 800 of 1000 is the first 80%: A; 150 is the next 15%: B; 50: C.
    expect(Object.fromEntries(valueTiers(sample))).toEqual({ 2: 'A', 3: 'B', 4: 'C', 5: 'D' });
  });
  it('lifecycle stages from dates and orders', () => {
    expect(Object.fromEntries(lifecycleStages(sample, { today }))).toEqual({ 2: 'Loyal', 3: 'New', 4: 'Churned', 5: 'Prospect' });
  });
  it('RFM quintiles with ties sharing a score, and named segments', () => {
    expect(quintiles([10, 20, 30, 40, 50])).toEqual([1, 2, 3, 4, 5]);
    expect(quintiles([5, 5, 5, 5])).toEqual([1, 1, 1, 1]);
    expect(segmentOf(5, 5, 5)).toBe('champions');
    expect(segmentOf(1, 1, 1)).toBe('lost');
    expect(segmentOf(1, 5, 5)).toBe('cannotLose');
    expect(rfmScores(sample, { today }).map((s) => s.row)).toEqual([2, 3, 4]);
  });
  it('every customer gets exactly one tier and one stage; tiers cover all spend', () => {
    const t = readCustomerTable(defaultTemplate, { name: 'C', values: generateCustomers({ rows: 300, seed: 4 }).values }, context);
    const tiers = valueTiers(t);
    const stages = lifecycleStages(t, { today });
    expect(tiers.size).toBe(t.rows.length);
    expect(stages.size).toBe(t.rows.length);
    fc.assert(fc.property(fc.double({ min: 0.05, max: 0.9, noNaN: true }), (a) => {
      const custom = valueTiers(t, { a, b: Math.min(0.09, 1 - a) });
      expect(custom.size).toBe(t.rows.length);
      expect([...custom.values()].every((x) => 'ABCD'.includes(x))).toBe(true);
    }), { numRuns: 20 });
  });
});

describe('masking', () => {
  it('keeps enough to recognise, not enough to contact', () => {
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳子墨')).toBe('欧***');
    expect(maskName('John Smith')).toBe('J*** S****');
    expect(maskPhone('+8613812345678')).toBe('+86138****5678');
    expect(maskEmail('john@x.com')).toBe('j***@x.com');
  });
});

describe('report model', () => {
  const model = buildReportModel(sample, { today, lang: 'en', findings: [], duplicateClusters: 2 });
  it('summarises as cli.md says: canonical enums, blanks under ""', () => {
    expect(model.summary).toMatchObject({
      rows: 4,
      byOwner: { 李娜: { count: 2, totalSpend: 950 }, '': { count: 1, totalSpend: 50 }, 王芳: { count: 1, totalSpend: 0 } },
      byGrade: { A: { count: 1, totalSpend: 800 }, B: { count: 1, totalSpend: 150 }, D: { count: 1, totalSpend: 0 }, '': { count: 1, totalSpend: 50 } },
      byStage: { Active: { count: 1, totalSpend: 800 }, Churned: { count: 1, totalSpend: 50 }, '': { count: 2, totalSpend: 150 } },
      stale: 2,
      followUpsDue: 2,
      duplicateClusters: 2,
    });
  });
  it('every table with a totals row sums its rows', () => {
    for (const section of model.sections) {
      const { rows, totalsRow, header } = section.table;
      if (totalsRow === undefined || !/^by/.test(section.id)) continue;
      const body = rows.filter((_, i) => i !== totalsRow);
      expect(body.reduce((s, r) => s + (r[1] as number), 0)).toBe(rows[totalsRow]![1]);
      expect(header[0]).toBeTruthy();
    }
    expect(model.sections.find((s) => s.id === 'byGrade')!.table.rows.map((r) => r[0])).toEqual(['A', 'B', 'D', '(blank)', 'Total']);
  });
  it('masks customer names in lists unless asked not to, and speaks Chinese', () => {
    const followUps = model.sections.find((s) => s.id === 'followUps')!;
    expect(JSON.stringify(followUps.table.rows)).toContain('C1 王*');
    expect(JSON.stringify(buildReportModel(sample, { today, lang: 'en', mask: false }).sections.find((s) => s.id === 'followUps')!.table.rows)).toContain('C1 王芳');
    const zh = buildReportModel(sample, { today, lang: 'zh' });
    expect(zh.title).toBe('客户报表 2026-11-22');
    expect(zh.sections.find((s) => s.id === 'byGrade')!.table.rows.map((r) => r[0])).toContain('（空白）');
  });
});

describe('boundaries', () => {
  const t = (rows: CellValue[][]) => table(rows);
  it('exactly 180 days is not stale, 181 is; blank owners and invalid spend are counted right', () => {
    const b = t([
      ['C1', 'a', null, null, null, 100, null, null, null, '2026-05-26', null, null, null, null],
      ['C2', 'b', null, null, null, 'abc', null, null, null, '2026-05-25', null, null, null, null],
    ]);
    expect(staleRows(b, { today })).toEqual([{ row: 3, lastTouched: '2026-05-25', daysSince: 181 }]);
    const model = buildReportModel(b, { today, lang: 'en' });
    // 'abc' is not a number: the row counts, its spend does not.
    expect(model.summary.byOwner).toEqual({ '': { count: 2, totalSpend: 100 } });
  });
  it('a 29 February birthday falls on 28 February in other years', () => {
    const b = t([['C1', 'a', null, null, null, null, null, null, null, null, null, null, '2000-02-29', null]]);
    expect(upcomingBirthdays(b, { today: '2027-02-25', days: 7 })).toEqual([{ row: 2, birthday: '2000-02-29', on: '2027-02-28' }]);
  });
});
