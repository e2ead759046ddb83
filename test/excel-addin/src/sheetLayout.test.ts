import { withExcelExtras } from '../../../excel-addin/src/taskpane/excelCommands';
import { OfficeWorkbook } from '../../../excel-addin/src/officeWorkbook';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { importCustomers } from '../../../shared/core/operations/importCustomers';
import { undoLast } from '../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';
import { FakeExcel } from '../fakeExcel';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };

/** A list kept by hand: a title, a blank row, the header in row 3, two customers and a totals row whose spend is a SUM. */
function handKeptList(excel: FakeExcel) {
  excel.addSheet('客户档案', [
    ['XX公司客户档案（2026年11月）', '', '', '', ''],
    ['', '', '', '', ''],
    ['客户编号', '姓名', '电话', '累计消费', '最近联系'],
    ['C000001', '王芳', '+8613812345678', 1200, '2024-01-01'],
    ['C000002', '李娜', '+8613900000000', 800, '2026-11-20'],
    ['合计', '', '', 2000, ''],
  ]);
  excel.sheet('客户档案').cells[5]![3] = { value: 2000, formula: '=SUM(D4:D5)' };
  return new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
}

/** The last customer is a duplicate of the one above it (the one contacted later survives a merge); a SUM totals them. */
function lastCustomerTwice(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('客户档案', [
    ['客户编号', '姓名', '电话', '累计消费', '最近联系'],
    ['C000001', '李娜', '+8613900000000', 800, '2026-11-20'],
    ['C000002', '王芳', '+8613812345678', 1200, '2026-11-21'],
    ['C000003', '王芳', '+8613812345678', 300, '2026-11-02'],
    ['合计', '', '', 2300, ''],
  ]);
  excel.sheet('客户档案').cells[4]![3] = { value: 2300, formula: '=SUM(D2:D4)' };
  return excel;
}

describe('an Excel customer list with a title row and a totals row', () => {
  it('import inserts whole rows inside the summed range, so the totals row stays below the customers and its SUM takes them in', async () => {
    const excel = new FakeExcel();
    const port = handKeptList(excel);
    const syncs = excel.syncs;
    await importCustomers(port, { name: 'new', values: [['姓名', '手机'], ['赵敏', '13700001111'], ['钱多多', '13700002222']] }, { template: defaultTemplate, lang: 'zh', context, now: '2026-11-22T10:00:00Z', snapshot: false });
    expect(excel.syncs).toBeGreaterThan(syncs);
    const names = excel.values('客户档案').map((row) => row[1]);
    expect(names.slice(2, 7)).toEqual(['姓名', '王芳', '李娜', '赵敏', '钱多多']);
    expect(excel.cell('客户档案', 7, 0)!.value).toBe('合计');
    expect(excel.cell('客户档案', 7, 3)!.formula).toBe('=SUM(D4:D7)');
  });

  it('shades stale rows from under the header to above the totals row, never the title or the totals', async () => {
    const excel = new FakeExcel();
    const port = handKeptList(excel);
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'zh' });
    const api = withExcelExtras(core, { run: excel.run, port, lang: () => 'zh', today: () => '2026-11-22' });
    const result = await api.stale();
    expect(result.byOwner.flatMap((g) => g.stale.map((e) => e.row))).toEqual([4]);
    const [rule] = excel.sheet('客户档案').conditionalFormats;
    expect(rule).toMatchObject({ region: { row: 3, col: 0, rows: 2, cols: 5 }, formula: '=AND(COUNTA($A4:$E4)>0,OR(AND($E4=""),TODAY()-$E4>180))' });
    await api.stopWatching?.();
  });

  it('undo of an import deletes the rows it inserted: the SUM shrinks back and every value is as it was', async () => {
    const excel = new FakeExcel();
    const port = handKeptList(excel);
    const before = excel.values('客户档案');
    await importCustomers(port, { name: 'new', values: [['姓名', '手机'], ['赵敏', '13700001111']] }, { template: defaultTemplate, lang: 'zh', context, now: '2026-11-22T10:00:00Z' });
    expect(excel.cell('客户档案', 6, 3)!.formula).toBe('=SUM(D4:D6)');
    await undoLast(port);
    expect(excel.values('客户档案')).toEqual(before);
    expect(excel.cell('客户档案', 5, 3)!.formula).toBe('=SUM(D4:D5)');
  });

  it('merge deletes the merged-away row, so the totals row keeps its SUM over the rows left; undo puts the row back inside it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('客户档案', [
      ['XX公司客户档案（2026年11月）', '', '', '', ''],
      ['客户编号', '姓名', '电话', '累计消费', '最近联系'],
      ['C000001', '王芳', '+8613812345678', 1200, '2026-11-01'],
      ['C000002', '李娜', '+8613900000000', 800, '2026-11-20'],
      ['C000003', '王芳', '+8613812345678', 300, '2026-11-02'],
      ['合计', '', '', 2300, ''],
    ]);
    excel.sheet('客户档案').cells[5]![3] = { value: 2300, formula: '=SUM(D3:D5)' };
    const port = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    const before = excel.values('客户档案');
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'zh' });
    const api = withExcelExtras(core, { run: excel.run, port, lang: () => 'zh', today: () => '2026-11-22' });
    const found = await api.findDuplicates();
    expect(found.clusters.map((c) => c.rows)).toEqual([[3, 5]]);
    expect((await api.merge([{ rows: [3, 5] }])).merged).toBe(1);
    // The survivor is the one contacted last (row 5); row 3 went to Merged.
    expect(excel.values('客户档案').map((row) => row[1])).toEqual([null, '姓名', '李娜', '王芳', null]);
    expect(excel.cell('客户档案', 4, 0)!.value).toBe('合计');
    expect(excel.cell('客户档案', 4, 3)!.formula).toBe('=SUM(D3:D4)');
    await api.undo();
    expect(excel.values('客户档案')).toEqual(before);
    expect(excel.cell('客户档案', 5, 3)!.formula).toBe('=SUM(D3:D5)');
    await api.stopWatching?.();
  });

  it('undo of a merge that took the last customer puts the row back inside the SUM, not below it', async () => {
    const excel = lastCustomerTwice();
    const port = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    const before = excel.values('客户档案');
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'zh' });
    await core.merge([{ rows: [3, 4] }]);
    expect(excel.values('客户档案').map((row) => row[0])).toEqual(['客户编号', 'C000001', 'C000002', '合计']);
    expect(excel.cell('客户档案', 3, 3)!.formula).toBe('=SUM(D2:D3)');
    await core.undo();
    expect(excel.values('客户档案')).toEqual(before);
    expect(excel.cell('客户档案', 4, 3)!.formula).toBe('=SUM(D2:D4)');
  });

  it('a merge that fails after deleting rows is put back by inserting them: values as before and the SUM still a formula over them', async () => {
    const excel = lastCustomerTwice();
    const office = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    // The connection drops right after the rows went: the merge must not stay half done.
    const port = Object.assign(Object.create(office) as OfficeWorkbook, {
      deleteRows: async (sheet: string, rows: readonly number[]) => {
        await office.deleteRows(sheet, rows);
        throw new Error('The network connection was lost.');
      },
    });
    const before = excel.values('客户档案');
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' });
    await expect(core.merge([{ rows: [3, 4] }])).rejects.toThrow();
    expect(excel.values('客户档案')).toEqual(before);
    expect(excel.cell('客户档案', 4, 3)!.formula).toBe('=SUM(D2:D4)');
  });
});
