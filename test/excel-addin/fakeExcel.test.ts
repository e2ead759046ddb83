import { FakeExcel } from './fakeExcel';

/** The fake must behave like Office.js where the port's correctness depends on it. */
describe('FakeExcel', () => {
  it('refuses to read a property before load() and sync()', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['a']]);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1);
      expect(() => range.values).toThrow('PropertyNotLoaded');
      range.load('values');
      expect(() => range.values).toThrow('PropertyNotLoaded');
      await ctx.sync();
      expect(range.values).toEqual([['a']]);
    });
    expect(excel.syncs).toBe(1);
  });

  it('rejects a request over the payload limit whole, applying none of it', async () => {
    const excel = new FakeExcel({ requestLimit: 1_000 });
    excel.addSheet('S');
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRangeByIndexes(0, 0, 1, 1).values = [['small']];
        ws.getRangeByIndexes(1, 0, 1, 1).values = [['x'.repeat(2_000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.values('S')).toEqual([]);
  });

  it('denies writes to locked cells of a protected sheet, and coerces text like typing', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRangeByIndexes(0, 0, 1, 3).values = [['=1+1', '00123', '#N/A']];
      ws.protection.protect();
      await ctx.sync();
    });
    expect(excel.cell('S', 0, 0)).toMatchObject({ formula: '=1+1' });
    expect(excel.cell('S', 0, 1)!.value).toBe(123);
    expect(excel.cell('S', 0, 2)).toMatchObject({ error: '#N/A' });
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(5, 5, 1, 1).values = [['no']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('reports a missing sheet as ItemNotFound at sync time', async () => {
    const excel = new FakeExcel();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
