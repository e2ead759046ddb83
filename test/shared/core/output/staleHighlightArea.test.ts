import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { staleHighlightArea } from '../../../../shared/core/output/staleHighlightArea';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };

async function areaOf(values: Array<Array<string | number | null>>) {
  const port = MemoryWorkbook.fromSheets([{ name: '客户档案', values }]);
  return staleHighlightArea(readCustomerTable(defaultTemplate, await port.readSheet('客户档案'), context));
}

describe('staleHighlightArea', () => {
  it('starts under a header that stands below a title and stops before the totals row', async () => {
    const area = await areaOf([
      ['XX公司客户档案（2026年11月）', null, null, null],
      [null, null, null, null],
      ['姓名', '电话', '最近联系', '累计消费'],
      ['王芳', '+8613812345678', '2024-01-01', 1200],
      [null, null, null, null],
      ['李娜', '+8613900000000', '2026-11-01', 800],
      ['合计', null, null, 2000],
    ]);
    expect(area).toEqual({ dateColumns: [2], columnCount: 4, firstRow: 3, endRow: 6 });
  });

  it('runs to the end of the rows in use when there is no totals row, and a subtotal among customers does not end it', async () => {
    expect(await areaOf([['Name', 'Phone', 'Updated'], ['Li', '+8613812345678', '2024-01-01']])).toMatchObject({ firstRow: 1, endRow: null, dateColumns: [2] });
    const area = await areaOf([
      ['Name', 'Phone', 'Spend'],
      ['Li', '+8613812345678', 100],
      ['Subtotal', null, 100],
      ['Wang', '+8613900000000', 50],
      ['Total', null, 150],
    ]);
    expect(area).toMatchObject({ firstRow: 1, endRow: 4, dateColumns: [] });
  });
});
