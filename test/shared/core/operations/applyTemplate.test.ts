import { applyTemplate } from '../../../../shared/core/operations/applyTemplate';
import { undoLast } from '../../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookTemplate } from '../../../../shared/core/template/workbookTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const now = '2026-11-22T10:00:00Z';

describe('applyTemplate', () => {
  it('creates a customer sheet with headers, formats, dropdowns, a frozen and locked header', async () => {
    const wb = new MemoryWorkbook();
    const result = await applyTemplate(wb, { template: defaultTemplate, lang: 'zh', now });
    expect(result).toMatchObject({ sheet: '客户档案', created: true, mapped: [] });
    expect(result.added).toHaveLength(defaultTemplate.fields.length);
    const sheet = wb.sheet('客户档案');
    expect(sheet.values[0]).toEqual(defaultTemplate.fields.map((f) => f.label.zh));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protection).toEqual({ headerRows: 1, warningOnly: true });
    const col = (key: string) => defaultTemplate.fields.findIndex((f) => f.key === key);
    expect(sheet.columnFormats).toContainEqual({ col: col('created'), fromRow: 1, numberFormat: 'yyyy-mm-dd' });
    expect(sheet.columnFormats).toContainEqual({ col: col('phone'), fromRow: 1, numberFormat: '@' });
    expect(sheet.columnFormats).toContainEqual({ col: col('gender'), fromRow: 1, list: ['Male', 'Female', 'Other'] });
    expect(await readWorkbookTemplate(wb)).toEqual(defaultTemplate);
  });

  it('maps an existing sheet in place: data never moves, missing columns are added at the right', async () => {
    const values = [['手机', 'Name', 'Shoe size'], ['138-1234-5678', '王芳', 38]];
    const wb = MemoryWorkbook.fromSheets([{ name: 'Leads', values }]);
    const result = await applyTemplate(wb, { template: defaultTemplate, lang: 'en', now });
    expect(result).toMatchObject({ sheet: 'Leads', created: false, mapped: ['name', 'phone'], unknown: ['Shoe size'] });
    const sheet = wb.sheet('Leads');
    expect(sheet.values[1]).toEqual(['138-1234-5678', '王芳', 38]);
    expect(sheet.values[0]!.slice(0, 4)).toEqual(['手机', 'Name', 'Shoe size', 'Customer ID']);
    expect(sheet.columnFormats).toContainEqual({ col: 0, fromRow: 1, numberFormat: '@' });
    await undoLast(wb);
    expect(wb.sheet('Leads').values).toEqual(values);
  });

  it('undo of a created sheet removes it again', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Notes', values: [['anything'], ['else']] }]);
    await applyTemplate(wb, { template: defaultTemplate, lang: 'en', now });
    expect(wb.hasSheet('Customers')).toBe(true);
    await undoLast(wb);
    expect(wb.hasSheet('Customers')).toBe(false);
  });
});
