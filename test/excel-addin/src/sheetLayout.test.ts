import { withExcelExtras } from '../../../excel-addin/src/taskpane/excelCommands';
import { OfficeWorkbook } from '../../../excel-addin/src/officeWorkbook';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { importCustomers } from '../../../shared/core/operations/importCustomers';
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
});
