import { watchEdits } from '../../../../excel-addin/src/liveCheck/watchEdits';
import { OfficeWorkbook } from '../../../../excel-addin/src/officeWorkbook';
import type { Finding } from '../../../../shared/core/findings/finding';
import { checkWorkbook, markFindings } from '../../../../shared/core/operations/check';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { FakeExcel } from '../../fakeExcel';

const header = ['Customer ID', 'Name', 'Phone', 'Email'];

async function setUp(rows: number, quietMs = 0) {
  const excel = new FakeExcel();
  excel.addSheet('Customers', [header, ...Array.from({ length: rows }, (_, k) => [`C${k + 1}`, `Name ${k}`, '+8613812345678', `p${k}@example.com`])]);
  const port = new OfficeWorkbook({
    run: excel.run,
    isSetSupported: () => true,
  });
  const updates: Array<{ rows: number[] | null; findings: Finding[] }> = [];
  const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const, sheet: 'Customers' };
  const watch = await watchEdits({ run: excel.run, port, checkOptions: () => options, onFindings: (u) => updates.push(u), debounceMs: 5, quietMs });
  return { excel, port, watch, updates, options };
}

describe('watchEdits', () => {
  it('re-reads, re-checks and re-marks only the edited rows, in round trips independent of sheet size', async () => {
    const syncs: number[] = [];
    for (const size of [50, 5_000]) {
      const { excel, watch, updates } = await setUp(size);
      const before = excel.syncs;
      await excel.userEdit('Customers', 3, 2, [['12345']]);
      await excel.userEdit('Customers', 4, 3, [['bob@']]);
      await watch.idle();
      syncs.push(excel.syncs - before);
      expect(updates).toHaveLength(1);
      expect(updates[0]!.rows).toEqual([3, 4]);
      expect(updates[0]!.findings.map((f) => [f.row, f.field, f.severity])).toEqual([[4, 'phone', 'error'], [5, 'email', 'error']]);
      expect(excel.cell('Customers', 3, 2)!.fill).toBe('#FFC7CE');
      expect(excel.sheet('Customers').notes.map((n) => [n.row, n.col])).toEqual([[3, 2], [4, 3]]);
      await watch.stop();
      expect(excel.sheet('Customers').changeHandlers).toEqual([]);
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  it('clears a row\'s marks once the user corrects it, and keeps other rows\' marks', async () => {
    const { excel, port, watch, options } = await setUp(10);
    await excel.userEdit('Customers', 2, 3, [['bob@']]);
    await excel.userEdit('Customers', 5, 2, [['999']]);
    await watch.idle();
    expect(excel.cell('Customers', 2, 3)!.fill).toBe('#FFC7CE');
    await excel.userEdit('Customers', 2, 3, [['bob@example.com']]);
    await watch.idle();
    expect(excel.cell('Customers', 2, 3)!.fill).toBeUndefined();
    expect(excel.cell('Customers', 5, 2)!.fill).toBe('#FFC7CE');
    expect(excel.sheet('Customers').notes.map((n) => n.row)).toEqual([5]);
    // A full check afterwards agrees with what the live check left in the sheet.
    const report = await checkWorkbook(port, options);
    expect(report.findings.map((f) => f.row)).toEqual([6]);
    await markFindings(port, report);
    expect(excel.cell('Customers', 5, 2)!.fill).toBe('#FFC7CE');
    await watch.stop();
  });

  it('re-checks the whole sheet when the header changes', async () => {
    const { excel, watch, updates } = await setUp(5);
    await excel.userEdit('Customers', 0, 2, [['Mobile']]);
    await watch.idle();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.rows).toBeNull();
    await watch.stop();
  });

  it('ignores the change events that echo Dossier\'s own writes', async () => {
    const { excel, port, watch, updates } = await setUp(5, 60_000);
    await port.writeValues('Customers', 1, 1, [['Renamed']]);
    expect(port.changedWithin(60_000)).toBe(true);
    // Excel raises onChanged for the add-in's own write too.
    await excel.userEdit('Customers', 1, 1, [['Renamed']]);
    await watch.idle();
    expect(updates).toEqual([]);
    await watch.stop();
  });
});
