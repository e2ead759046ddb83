import { sheetsCommands } from '../../sheets-script/src/sheetsCommands';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { checkWorkbook } from '../../shared/core/operations/check';
import { importCustomers } from '../../shared/core/operations/importCustomers';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };

describe('a Sheets customer list with a title row and a totals row', () => {
  function sheet(fake: FakeAppsScript) {
    fake.addSheet('客户档案', [
      ['XX公司客户档案（2026年11月）', '', '', ''],
      ['', '', '', ''],
      ['客户编号', '姓名', '电话', '累计消费'],
      ['C000001', '王芳', '+8613812345678', 1200],
      ['C000002', '李娜', '+8613900000000', 800],
      ['合计', '', '', 2000],
    ]);
    return new SheetsWorkbook(fake.services());
  }

  it('checks the customers at the sheet\'s own rows and leaves title and totals alone', async () => {
    const report = await checkWorkbook(sheet(new FakeAppsScript()), { template: defaultTemplate, today: '2026-11-22', lang: 'zh' });
    expect(report.table.rows.map((r) => r.rowNumber)).toEqual([4, 5]);
    expect(report.table.totalsRows).toEqual([6]);
    expect(report.findings).toEqual([]);
  });

  it('import inserts rows inside the summed range (insertRowsAfter the row before the last customer) and keeps the totals row below them', async () => {
    const fake = new FakeAppsScript();
    const port = sheet(fake);
    await importCustomers(port, { name: 'new', values: [['姓名', '手机'], ['赵敏', '13700001111'], ['钱多多', '13700002222']] }, { template: defaultTemplate, lang: 'zh', context, now: '2026-11-22T10:00:00Z', snapshot: false });
    expect(fake.calls.insertRowsAfter).toBe(1);
    const names = fake.state('客户档案').values.map((row) => row[1]);
    expect(names.slice(2, 7)).toEqual(['姓名', '王芳', '李娜', '赵敏', '钱多多']);
    expect(fake.state('客户档案').values[7]![0]).toBe('合计');
  });

  it('shades stale rows from under the header to above the totals row, never the title or the totals', async () => {
    const fake = new FakeAppsScript();
    fake.addSheet('客户档案', [
      ['XX公司客户档案（2026年11月）', '', '', '', ''],
      ['', '', '', '', ''],
      ['客户编号', '姓名', '电话', '累计消费', '最近联系'],
      ['C000001', '王芳', '+8613812345678', 1200, fake.dateCell(2024, 1, 1)],
      ['C000002', '李娜', '+8613900000000', 800, fake.dateCell(2026, 11, 20)],
      ['合计', '', '', 2000, ''],
    ]);
    const services = fake.services();
    const api = sheetsCommands(new SheetsWorkbook(services), services, fake.automation(), { today: () => '2026-11-22', now: () => '2026-11-22T08:00:00Z', lang: 'zh' });
    const result = await api.stale();
    expect(result.byOwner.flatMap((g) => g.stale.map((e) => e.row))).toEqual([4]);
    expect(fake.state('客户档案').conditionalRules).toEqual([
      { formula: '=AND(COUNTA($A4:$E4)>0,OR(AND($E4=""),TODAY()-$E4>180))', background: '#e7e6e6', ranges: ['客户档案!R4C1:R5C5'] },
    ]);
  });

  it('merge deletes the merged-away rows (the totals row moves up with them), and undo inserts them back', async () => {
    const fake = new FakeAppsScript();
    fake.addSheet('客户档案', [
      ['客户编号', '姓名', '电话', '累计消费', '最近联系'],
      ['C000001', '李娜', '+8613900000000', 800, ''],
      ['C000002', '王芳', '+8613812345678', 1200, ''],
      ['C000003', '王芳', '+8613812345678', 300, ''],
      ['合计', '', '', 2300, ''],
    ]);
    fake.state('客户档案').frozenRows = 1;
    const services = fake.services();
    const api = sheetsCommands(new SheetsWorkbook(services), services, fake.automation(), { today: () => '2026-11-22', now: () => '2026-11-22T08:00:00Z', lang: 'zh' });
    const before = fake.state('客户档案').values.map((row) => [...row]);
    await api.merge([{ rows: [3, 4] }]);
    expect(fake.calls.deleteRows).toBeGreaterThanOrEqual(1);
    expect(fake.state('客户档案').values.map((row) => row[0])).toEqual(['客户编号', 'C000001', 'C000002', '合计']);
    await api.undo();
    // A row ends at its last value in Sheets' grid: compare without trailing empty cells.
    const trimmed = (rows: ReadonlyArray<ReadonlyArray<unknown>>) =>
      rows.map((row) => {
        const out = [...row];
        while (out.length > 0 && out[out.length - 1] === '') out.pop();
        return out;
      });
    expect(trimmed(fake.state('客户档案').values)).toEqual(trimmed(before));
  });

  it('never asks Sheets to delete every row below the frozen ones: a blank row goes in first', async () => {
    const fake = new FakeAppsScript();
    const sheet = fake.addSheet('S', [['Name', 'Phone'], ['王芳', '+8613812345678'], ['李娜', '+8613900000000']]);
    sheet.frozenRows = 1;
    sheet.maxRows = 3;
    await new SheetsWorkbook(fake.services()).deleteRows('S', [1, 2]);
    expect(sheet.values.filter((row) => row.some((c) => c !== ''))).toEqual([['Name', 'Phone']]);
    expect(sheet.maxRows).toBe(2);
  });
});
