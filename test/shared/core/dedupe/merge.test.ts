import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { planMerge } from '../../../../shared/core/dedupe/planMerge';
import { cellToText } from '../../../../shared/core/normalize/cellToText';
import { findWorkbookDuplicates, rememberNotDuplicates } from '../../../../shared/core/operations/dedupe';
import { MERGED_SHEET, mergeDuplicates } from '../../../../shared/core/operations/merge';
import { undoLast } from '../../../../shared/core/safety/snapshots';
import { readWorkbookState } from '../../../../shared/core/state/workbookState';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { generateCustomers } from '../../../../bench/generate/generateCustomers';

const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const };
const sheet: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Company', 'Tags', 'Notes', 'Created', 'Updated', 'Orders'],
  ['C1', '张伟', '138-1234-5678', null, '腾讯', 'VIP', '老客户', '2023-01-01', '2024-01-01', 3],
  ['C2', '王芳', '+8613900000000', 'wf@qq.com', null, null, null, '2023-05-01', '2023-05-01', 1],
  ['C3', '張偉', '+8613812345678', 'zw@163.com', '阿里巴巴', '团购', '周末联系', '2024-06-01', '2025-03-01', 5],
];

describe('merge', () => {
  it('plans survivorship: newest row survives, blanks filled, lists united, notes joined, conflicts listed', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const found = await findWorkbookDuplicates(wb, options);
    expect(found.clusters.map((c) => c.rows)).toEqual([[2, 4]]);
    const plan = planMerge(found.table, found.clusters[0]!.members);
    expect(plan.survivor).toBe(4);
    expect(plan.mergedAway).toEqual([2]);
    expect(plan.set).toEqual({ tags: ['团购', 'VIP'], notes: '周末联系\n老客户', created: '2023-01-01' });
    expect(plan.conflicts).toEqual([
      { field: 'name', values: [{ row: 2, value: '张伟' }, { row: 4, value: '張偉' }], chosen: '張偉' },
      { field: 'company', values: [{ row: 2, value: '腾讯' }, { row: 4, value: '阿里巴巴' }], chosen: '阿里巴巴' },
      { field: 'orders', values: [{ row: 2, value: '3' }, { row: 4, value: '5' }], chosen: '5' },
      { field: 'created', values: [{ row: 2, value: '2023-01-01' }, { row: 4, value: '2024-06-01' }], chosen: '2023-01-01' },
      { field: 'updated', values: [{ row: 2, value: '2024-01-01' }, { row: 4, value: '2025-03-01' }], chosen: '2025-03-01' },
    ]);
    expect(planMerge(found.table, found.clusters[0]!.members, { choices: { company: 2 } }).set.company).toBe('腾讯');
  });

  it('moves merged-away rows whole to Merged with the surviving id, and undo brings everything back', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const found = await findWorkbookDuplicates(wb, options);
    await mergeDuplicates(wb, found, found.clusters.map((c) => planMerge(found.table, c.members)), { now: '2026-11-22T10:00:00Z', lang: 'en' });
    const customers = wb.sheet('Customers').values;
    expect(customers.map((r) => r[0])).toEqual(['Customer ID', 'C2', 'C3']);
    expect(customers[2]![5]).toBe('团购, VIP');
    // The merged-away row, whole; and the survivor as it was before the merge replaced some of its values.
    expect(wb.sheet(MERGED_SHEET).values).toEqual([[...sheet[0]!, 'Merged into', 'Merged at'], [...sheet[1]!, 'C3', '2026-11-22T10:00:00Z'], [...sheet[3]!, 'C3 (before merge)', '2026-11-22T10:00:00Z']]);
    await undoLast(wb);
    expect(wb.sheet('Customers').values).toEqual(sheet);
    expect(wb.hasSheet(MERGED_SHEET)).toBe(false);
  });

  it('never proposes a pair a person marked "not duplicates" again', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const found = await findWorkbookDuplicates(wb, options);
    await rememberNotDuplicates(wb, found.table, [2, 4]);
    const again = await findWorkbookDuplicates(wb, options);
    expect(again.clusters).toEqual([]);
    expect(again.possible).toEqual([]);
  });

  it('never proposes a merge that was undone again, nor its pairs as possible, also when the file is read again as the command line reads it', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const found = await findWorkbookDuplicates(wb, options);
    expect(found.clusters.map((c) => c.rows)).toEqual([[2, 4]]);
    await mergeDuplicates(wb, found, found.clusters.map((c) => planMerge(found.table, c.members)), { now: '2026-11-22T10:00:00Z', lang: 'en' });
    await undoLast(wb);
    expect(wb.sheet('Customers').values).toEqual(sheet);
    const again = await findWorkbookDuplicates(wb, options);
    expect(again.clusters).toEqual([]);
    expect(again.possible.filter((p) => p.rows[0] === 2 && p.rows[1] === 4)).toEqual([]);
    // The decision lives in the file: a copy of its sheets (as a saved .xlsx gives the CLI) honours it too.
    const copy = MemoryWorkbook.fromSheets(wb.sheetNames().map((name) => ({ name, values: wb.sheet(name).values.map((row) => [...row]) })));
    expect((await findWorkbookDuplicates(copy, options)).clusters).toEqual([]);
  });

  it('remembers nothing for a merge that cannot be undone (no snapshot), so a file merged by the command line keeps no record', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const found = await findWorkbookDuplicates(wb, options);
    await mergeDuplicates(wb, found, found.clusters.map((c) => planMerge(found.table, c.members)), { now: '2026-11-22T10:00:00Z', lang: 'en', snapshot: false });
    expect(Object.keys(await readWorkbookState(wb))).not.toContain('mergedGroups');
  });

  it('loses nothing: every non-empty original cell is in the customer sheet or in Merged, and every row is accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), async (seed) => {
        const { values } = generateCustomers({ rows: 60, seed, duplicateRate: 0.3 });
        const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values }]);
        const found = await findWorkbookDuplicates(wb, options);
        const plans = found.clusters.map((c) => planMerge(found.table, c.members));
        await mergeDuplicates(wb, found, plans, { now: 'now', lang: 'en' });
        const kept = new Set<string>();
        for (const name of ['Customers', MERGED_SHEET]) if (wb.hasSheet(name)) for (const row of wb.sheet(name).values) for (const cell of row) kept.add(cellToText(cell ?? null));
        for (const row of values.slice(1)) for (const cell of row) if (cell !== null) expect(kept).toContain(cellToText(cell));
        const merged = wb.hasSheet(MERGED_SHEET) ? wb.sheet(MERGED_SHEET).values.slice(1) : [];
        const movedAway = merged.filter((r) => !String(r[values[0]!.length]).endsWith('(before merge)')).length;
        expect(wb.sheet('Customers').values.length - 1 + movedAway).toBe(values.length - 1);
        expect(movedAway).toBe(plans.reduce((n, p) => n + p.mergedAway.length, 0));
        // And undo gives back the original sheet exactly, and no Merged sheet.
        await undoLast(wb);
        expect((await wb.readSheet('Customers')).values).toEqual((await MemoryWorkbook.fromSheets([{ name: 'Customers', values }]).readSheet('Customers')).values);
        if (plans.length > 0) expect(wb.hasSheet(MERGED_SHEET)).toBe(false);
      }),
      { numRuns: 8 },
    );
  });
});
