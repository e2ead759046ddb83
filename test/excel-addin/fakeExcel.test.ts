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

  it('keeps the first half of a batch that fails for a reason other than size, and drops the rest', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    excel.failSync(1, 'GeneralException');
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRangeByIndexes(0, 0, 1, 1).values = [['first']];
        ws.getRangeByIndexes(1, 0, 1, 1).values = [['second']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.values('S')).toEqual([['first']]);
  });

  it('refuses to read more than five million cells at once (RangeExceedsLimit)', async () => {
    const excel = new FakeExcel({ responseLimit: Infinity });
    excel.addSheet('S', [['a']]);
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 5_001, 1_000).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  const withList = async (source: string, style?: 'Stop' | 'Warning' | 'Information') => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Gender']]);
    await excel.run(async (ctx) => {
      const column = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(1, 0, 100, 1);
      column.dataValidation.rule = { list: { inCellDropDown: true, source } };
      if (style) column.dataValidation.errorAlert = { showAlert: true, style, title: 't', message: 'm' };
      await ctx.sync();
    });
    return excel;
  };

  it('a list without an error alert refuses a typed value it lacks (Stop is the default), and takes one it has', async () => {
    const excel = await withList('Male,Female');
    await expect(excel.userType('S', 1, 0, 'Unknown')).rejects.toMatchObject({ code: 'DataValidationStop' });
    expect(excel.cell('S', 1, 0)).toBeUndefined();
    await expect(excel.userType('S', 2, 0, 'female')).resolves.toEqual({ warned: false });
    expect(excel.cell('S', 2, 0)!.value).toBe('female');
  });

  it('a Warning or Information alert keeps a typed value the list lacks, after warning', async () => {
    for (const style of ['Warning', 'Information'] as const) {
      const excel = await withList('Male,Female', style);
      await expect(excel.userType('S', 1, 0, 'Unknown')).resolves.toEqual({ warned: true });
      expect(excel.cell('S', 1, 0)!.value).toBe('Unknown');
    }
  });

  it('refuses an inline list source over 255 characters, and reads a range source at typing time', async () => {
    await expect(withList('x'.repeat(256))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(withList('x'.repeat(255))).resolves.toBeDefined();
    const excel = new FakeExcel();
    excel.addSheet('Lists', [['Beijing, China'], ['Shanghai']]);
    excel.addSheet('S');
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 10, 1).dataValidation.rule = { list: { inCellDropDown: true, source: "='Lists'!$A$1:$A$2" } };
      await ctx.sync();
    });
    expect(excel.validationAt(excel.sheet('S'), 3, 0)).toEqual(['Beijing, China', 'Shanghai']);
    await expect(excel.userType('S', 3, 0, 'Beijing, China')).resolves.toEqual({ warned: false });
  });
});

describe('FakeExcel inserting rows', () => {
  it('moves rows, notes and regions down and adjusts every formula that refers to the sheet, as Excel does', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet('S', [['a'], ['b'], ['c'], ['total']]);
    sheet.cells[3]![1] = { value: 0, formula: '=SUM(B1:B3)+$C$4-"B2"&B1' };
    excel.addSheet('Other');
    excel.sheet('Other').cells[0] = [{ value: 0, formula: "=S!B3+'S'!A1+B3" }];
    sheet.notes.push({ row: 2, col: 0, content: 'n' });
    sheet.conditionalFormats.push({ id: 'x', region: { row: 1, col: 0, rows: 3, cols: 1 }, formula: '', fill: '' });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(2, 0, 2, 1).getEntireRow().insert('Down');
      await ctx.sync();
    });
    expect(excel.values('S').map((row) => row[0])).toEqual(['a', 'b', null, null, 'c', 'total']);
    expect(excel.cell('S', 5, 1)!.formula).toBe('=SUM(B1:B5)+$C$6-"B2"&B1');
    expect(excel.cell('Other', 0, 0)!.formula).toBe("=S!B5+'S'!A1+B3");
    expect(sheet.notes[0]!.row).toBe(4);
    expect(sheet.conditionalFormats[0]!.region).toEqual({ row: 1, col: 0, rows: 5, cols: 1 });
  });

  it('refuses on a protected sheet that does not allow inserting rows', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['a']]).protection = { protected: true, options: {} };
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).getEntireRow().insert('Down');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(excel.values('S')).toEqual([['a']]);
  });
});
