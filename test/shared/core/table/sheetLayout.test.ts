import type { CellValue } from '../../../../shared/core/cell';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { importCustomers } from '../../../../shared/core/operations/importCustomers';
import { findStale } from '../../../../shared/core/operations/stale';
import { eraseCustomer } from '../../../../shared/core/safety/erase';
import { appendRowOf } from '../../../../shared/core/table/appendRowOf';
import { isTotalsRow } from '../../../../shared/core/table/isTotalsRow';
import { locateHeader } from '../../../../shared/core/table/locateHeader';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
const checkOptions = { template: defaultTemplate, today: '2026-11-22', lang: 'zh' as const };

/** A customer list kept by hand: a merged title, a blank row, the header in row 3, blank rows among the customers, a totals row. */
function chineseSheet(): CellValue[][] {
  return [
    ['XX公司客户档案（2026年11月）', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['客户编号', '姓名', '电话', '邮箱', '订单数', '累计消费', '更新日期'],
    ['C000001', '王芳', '138 1234 5678', 'wang@qq.com', 3, 1200, day('2026-10-01')],
    [null, null, null, null, null, null, null],
    ['C000002', '李娜', '+8613900000000', 'li@163.com', 1, 300, day('2026-11-01')],
    ['', '张伟', '+8613600001111', null, 2, 500, day('2026-09-01')],
    [null, null, null, null, null, null, null],
    ['合计', null, null, null, 6, 2000, null],
  ];
}

function englishSheet(): CellValue[][] {
  return [
    ['Customer list — Acme Ltd', null, null, null, null],
    ['Exported 2026-11-20', null, null, null, null],
    ['Customer ID', 'Name', 'Phone', 'Orders', 'Total Spend'],
    ['C000001', 'John Smith', '+12125550123', 3, 1200],
    ['C000002', 'Mary Brown', '(212) 555-0199', 2, 800],
    ['Total', null, null, 5, 2000],
  ];
}

describe('locateHeader', () => {
  it('finds the first row within ten that maps to the template, below a title and blank rows', () => {
    expect(locateHeader(defaultTemplate, chineseSheet())?.index).toBe(2);
    expect(locateHeader(defaultTemplate, englishSheet())?.index).toBe(2);
    expect(locateHeader(defaultTemplate, [['姓名', '电话'], ['王芳', '+8613812345678']])?.index).toBe(0);
  });

  it('looks no further than row ten, and a title naming one field is not a header', () => {
    const deep: CellValue[][] = [...Array.from({ length: 10 }, (): CellValue[] => [null]), ['Name', 'Phone']];
    expect(locateHeader(defaultTemplate, deep)).toBeNull();
    expect(locateHeader(defaultTemplate, [['客户档案', '备注'], ['姓名', '电话']])?.index).toBe(1);
  });
});

describe('isTotalsRow', () => {
  it('knows totals words in both languages with sums or formula errors beside them', () => {
    for (const row of [['合计', null, 6, 2000], ['Total', null, 5], ['小计', 3], ['合 计：', 3], ['TOTAL:', 12, { error: '#REF!' }], [null, 'Grand Total', 9], ['总计', null]] as CellValue[][]) {
      expect(isTotalsRow(row, new Set([1, 2, 3]))).toBe(true);
    }
  });

  it('is not fooled by a customer whose name or note holds the word', () => {
    for (const row of [['合计', '+8613812345678'], ['Total Fitness Ltd', 3], ['Total', 'John'], ['合计', day('2026-01-01')], [null, null], ['王芳', 3]] as CellValue[][]) {
      expect(isTotalsRow(row, new Set([2, 3]))).toBe(false);
    }
  });
});

describe('a sheet with a title row, blank rows and a totals row', () => {
  it('checks only the customers, at the sheet\'s own row numbers; the totals row is no finding', async () => {
    const report = await checkWorkbook(MemoryWorkbook.fromSheets([{ name: '客户档案', values: chineseSheet() }]), checkOptions);
    expect(report.rows).toBe(3);
    expect(report.table.rows.map((r) => r.rowNumber)).toEqual([4, 6, 7]);
    expect(report.table.headerRow).toBe(3);
    expect(report.table.totalsRows).toEqual([9]);
    expect(report.findings.map((f) => [f.row, f.field, f.severity])).toEqual(
      expect.arrayContaining([
        [4, 'phone', 'warning'],
        [7, 'id', 'warning'],
      ]),
    );
    expect(report.findings.every((f) => [4, 6, 7].includes(f.row))).toBe(true);
    expect(appendRowOf(report.table)).toBe(8);
  });

  it('fix writes into the customers\' rows only, leaves title and totals alone, and the fixed sheet re-checks clean', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: '客户档案', values: chineseSheet() }]);
    const report = await checkWorkbook(wb, checkOptions);
    await fixWorkbook(wb, report, planFix(report), { now: '2026-11-22T10:00:00Z' });
    const values = wb.sheet('客户档案').values;
    expect(values[0]![0]).toBe('XX公司客户档案（2026年11月）');
    expect(values[3]![2]).toBe('+8613812345678');
    expect(values[6]![0]).toBe('C000003');
    expect(values[8]).toEqual(['合计', null, null, null, 6, 2000, null]);
    const again = await checkWorkbook(wb, checkOptions);
    expect(again.findings).toEqual([]);
  });

  it('stale reads the same customers', async () => {
    const result = await findStale(MemoryWorkbook.fromSheets([{ name: 'Customers', values: englishSheet() }]), { ...checkOptions, lang: 'en' });
    expect(result.stale.map((s) => s.row)).toEqual([4, 5]);
  });

  it('import puts new customers after the last one and above the totals row, and keeps the source\'s own row numbers', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: '客户档案', values: chineseSheet() }]);
    const source: CellValue[][] = [
      ['展会名单', null],
      ['姓名', '手机号码'],
      ['赵敏', '13700001111'],
      ['钱多多', '12345'],
      ['合计', 2],
    ];
    const { plan } = await importCustomers(wb, { name: 'event', values: source }, { template: defaultTemplate, lang: 'zh', context, now: '2026-11-22T10:00:00Z' });
    expect(plan.changes.filter((c) => c.kind === 'new').map((c) => [c.row, c.sourceRow])).toEqual([[8, 3]]);
    expect(plan.rejected.map((r) => r.sourceRow)).toEqual([4]);
    const values = wb.sheet('客户档案').values;
    expect(values.map((row) => row[1] ?? null)).toEqual([null, null, '姓名', '王芳', null, '李娜', '张伟', '赵敏', null, null]);
    expect(values[9]).toEqual(['合计', null, null, null, 6, 2000, null]);
    expect(values[7]![0]).toBe('C000003');
    // The totals row is still recognized, below the new customer.
    const again = await checkWorkbook(wb, checkOptions);
    expect(again.table.totalsRows).toEqual([10]);
    expect(again.table.rows.map((r) => r.rowNumber)).toEqual([4, 6, 7, 8]);
  });

  it('import into a port that inserts rows inserts them inside the summed range and writes the last customer back above the new ones', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: englishSheet() }]);
    const inserted: Array<[number, number]> = [];
    const insert = wb.insertRows.bind(wb);
    wb.insertRows = async (sheet, row, count) => {
      inserted.push([row, count]);
      await insert(sheet, row, count);
    };
    await importCustomers(wb, { name: 'new', values: [['Name', 'Phone'], ['Anna Lee', '+12125550100'], ['Bob Ray', '+12125550111']] }, { template: defaultTemplate, lang: 'en', context, now: '2026-11-22T10:00:00Z' });
    // Two rows went in at the last customer's row (grid row 4, sheet row 5), inside a SUM over rows 4-5.
    expect(inserted).toEqual([[4, 2]]);
    const names = wb.sheet('Customers').values.map((row) => row[1] ?? null);
    expect(names).toEqual([null, null, 'Name', 'John Smith', 'Mary Brown', 'Anna Lee', 'Bob Ray', null]);
    expect(wb.sheet('Customers').values[7]![0]).toBe('Total');
  });

  it('a port without row insertion gets the totals row written below the new customers', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: englishSheet() }]);
    (wb as { insertRows?: unknown }).insertRows = undefined;
    await importCustomers(wb, { name: 'new', values: [['Name', 'Phone'], ['Anna Lee', '+12125550100']] }, { template: defaultTemplate, lang: 'en', context, now: '2026-11-22T10:00:00Z' });
    const values = wb.sheet('Customers').values;
    expect(values.map((row) => row[1] ?? null)).toEqual([null, null, 'Name', 'John Smith', 'Mary Brown', 'Anna Lee', null]);
    expect(values[6]).toEqual(['Total', null, null, 5, 2000]);
  });

  it('erase keeps the title, the header and the totals row', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: '客户档案', values: chineseSheet() }]);
    await eraseCustomer(wb, { template: defaultTemplate, sheet: '客户档案', match: 'phone', value: '+8613900000000', context, now: '2026-11-22T10:00:00Z' });
    const values = wb.sheet('客户档案').values;
    expect(values[0]![0]).toBe('XX公司客户档案（2026年11月）');
    expect(values[2]![0]).toBe('客户编号');
    expect(values.some((row) => row[1] === '李娜')).toBe(false);
    expect(values.some((row) => row[0] === '合计')).toBe(true);
  });

  it.each(['xlsx', 'csv'] as const)('reads the same layout from a .%s file', async (format) => {
    const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: '客户档案', values: chineseSheet() }]), format);
    const wb = await readWorkbookFile(bytes, `customers.${format}`);
    const report = await checkWorkbook(wb, checkOptions);
    expect(report.table.rows.map((r) => r.rowNumber)).toEqual([4, 6, 7]);
    expect(report.table.totalsRows).toEqual([9]);
    expect(report.summary.errors).toBe(0);
  });
});
