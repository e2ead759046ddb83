import { buildWorkbookReport, writeReport } from '../../../../shared/core/operations/report';
import { findStale, markContacted, markStale } from '../../../../shared/core/operations/stale';
import { undoLast } from '../../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { generateCustomers } from '../../../../bench/generate/generateCustomers';

const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const };

describe('stale operations', () => {
  it('marks stale rows in one batch and sets last contact to today, undoably', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone', 'Last Contact'], ['王芳', '13812345678', '2025-01-01'], ['张伟', '13912345678', '2026-11-01']] }]);
    const report = await findStale(wb, options);
    expect(report.stale.map((s) => s.row)).toEqual([2]);
    await markStale(wb, report, 'en');
    expect(wb.calls.markCells).toBe(1);
    expect(wb.sheet('Customers').marks[0]).toMatchObject({ row: 1, severity: 'stale', note: 'Not updated or contacted for 690 days (last 2025-01-01)' });
    expect(await markContacted(wb, report, [2], { now: 'now' })).toBe(1);
    expect(wb.sheet('Customers').values[1]![2]).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect((await findStale(wb, options)).stale).toEqual([]);
    await undoLast(wb);
    expect(wb.sheet('Customers').values[1]![2]).toBe('2025-01-01');
  });
});

describe('report operation', () => {
  it('writes a report sheet with a table and chart per section, in calls that do not grow with rows; undo removes it', async () => {
    const calls = async (rows: number) => {
      const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed: 2 }).values }]);
      const model = await buildWorkbookReport(wb, options);
      const before = { ...wb.calls };
      const name = await writeReport(wb, model, { now: 'now' });
      const sheet = wb.sheet(name);
      // The headline's table first, then one per section.
      expect(sheet.tables).toHaveLength(model.sections.length + 1);
      expect(sheet.tables[0]!.table.header).toEqual(['Measure', 'This period', 'Previous period', 'Change']);
      expect(sheet.charts.length).toBe(model.sections.filter((s) => s.chart).length);
      return { wb, name, writes: (wb.calls.writeTable ?? 0) + (wb.calls.addChart ?? 0) + (wb.calls.writeValues ?? 0) - (before.writeValues ?? 0) };
    };
    const small = await calls(200);
    const large = await calls(2000);
    expect(large.writes).toBe(small.writes);
    expect(small.name).toBe('Report 2026-11-22');
    await undoLast(small.wb);
    expect(small.wb.hasSheet(small.name)).toBe(false);
  });
});
