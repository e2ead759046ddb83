import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import type { CellValue } from '../../../shared/core/cell';
import { DossierError } from '../../../shared/core/errors';

describe('MemoryWorkbook', () => {
  const make = () => MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone'], ['王芳', '138'], ['Li', null]] }], 'alice');

  it('reads the used range as rows callers cannot mutate, which later writes leave as they were', async () => {
    const wb = make();
    const data = await wb.readSheet('Customers');
    expect(data.values).toEqual([['Name', 'Phone'], ['王芳', '138'], ['Li', null]]);
    expect(() => ((data.values[1] as CellValue[])[0] = 'changed')).toThrow(TypeError);
    await wb.writeValues('Customers', 1, 0, [['张伟']]);
    await wb.replaceValues('Customers', [['Name'], ['Wang']]);
    expect(data.values).toEqual([['Name', 'Phone'], ['王芳', '138'], ['Li', null]]);
    expect((await wb.readSheet('Customers')).values).toEqual([['Name'], ['Wang']]);
  });

  it('hands out written rows frozen too, and keeps every earlier read as it was', async () => {
    const wb = make();
    await wb.writeValues('Customers', 1, 1, [['139'], ['137']]);
    const first = await wb.readSheet('Customers');
    expect(() => ((first.values[2] as CellValue[])[1] = 'x')).toThrow(TypeError);
    await wb.writeValues('Customers', 2, 0, [['Lee']]);
    await wb.writeValues('Customers', 2, 1, [['136']]);
    const second = await wb.readSheet('Customers');
    await wb.writeValues('Customers', 2, 1, [['135']]);
    expect(first.values[2]).toEqual(['Li', '137']);
    expect(second.values[2]).toEqual(['Lee', '136']);
    expect((await wb.readSheet('Customers')).values[2]).toEqual(['Lee', '135']);
  });

  it('keeps a row that a block writes back as it was (no copy), while the changed rows of the block change', async () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: [['Name', 'Since'], ['a', day], ['b', day], ['c', { error: '#N/A' }]] }]);
    const before = await wb.readSheet('S');
    await wb.writeValues('S', 1, 0, [['a', new Date(day.getTime())], ['B', day], ['c', { error: '#N/A' }]]);
    const after = await wb.readSheet('S');
    expect(after.values[1]).toBe(before.values[1]);
    expect(after.values[3]).toBe(before.values[3]);
    expect(after.values[2]).toEqual(['B', day]);
    expect(before.values[2]).toEqual(['b', day]);
    await wb.writeValues('S', 3, 0, [['c', { error: '#REF!' }]]);
    expect((await wb.readSheet('S')).values[3]).toEqual(['c', { error: '#REF!' }]);
    expect(before.values[3]).toEqual(['c', { error: '#N/A' }]);
  });

  it('fills holes of the rows it is given with blanks', async () => {
    const sparse: CellValue[] = ['a'];
    sparse[2] = 'c';
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: [sparse, ['x', 'y', 'z']] }]);
    const { values } = await wb.readSheet('S');
    expect(values[0]).toEqual(['a', null, 'c']);
    expect(1 in values[0]!).toBe(true);
  });

  it('appends rows whole, dense and copied, however they are given', async () => {
    const wb = make();
    const holey: CellValue[] = ['Zhao'];
    holey[2] = { error: '#N/A' };
    const given = [holey, ['Qian', '139']];
    await wb.writeValues('Customers', 3, 0, given);
    const { values } = await wb.readSheet('Customers');
    expect(values.slice(3)).toEqual([['Zhao', null, { error: '#N/A' }], ['Qian', '139', null]]);
    expect(1 in values[3]!).toBe(true);
    (holey[2] as { error: string }).error = '#REF!';
    expect(values[3]![2]).toEqual({ error: '#N/A' });
  });

  it('grows the grid on writes and keeps it dense', async () => {
    const wb = make();
    await wb.writeValues('Customers', 5, 3, [[1, new Date(Date.UTC(2024, 0, 1))]]);
    const { values } = await wb.readSheet('Customers');
    expect(values).toHaveLength(6);
    expect(values[5]).toEqual([null, null, null, 1, new Date(Date.UTC(2024, 0, 1))]);
    expect(values[4]).toEqual([null, null, null, null, null]);
    expect((await wb.listSheets())[0]).toMatchObject({ rowCount: 6, columnCount: 5 });
  });

  it('replaces, formats, marks, freezes, protects and counts every call', async () => {
    const wb = make();
    await wb.replaceValues('Customers', [['A']]);
    await wb.formatColumns('Customers', [{ col: 0, fromRow: 1, numberFormat: 'yyyy-mm-dd', list: ['x'] }]);
    await wb.markCells('Customers', [{ row: 1, col: 0, severity: 'error', note: 'bad' }]);
    await wb.markCells('Customers', [{ row: 2, col: 0, severity: 'warning' }]);
    await wb.freezeRows('Customers', 1);
    await wb.protect('Customers', { headerRows: 1 });
    await wb.addSheet('Hidden', { hidden: true });
    const sheet = wb.sheet('Customers');
    expect(sheet.values).toEqual([['A']]);
    expect(sheet.marks).toEqual([{ row: 2, col: 0, severity: 'warning' }]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protection).toEqual({ headerRows: 1 });
    expect(sheet.columnFormats[0]).toMatchObject({ numberFormat: 'yyyy-mm-dd', list: ['x'] });
    expect((await wb.listSheets()).map((s) => [s.name, s.hidden])).toEqual([['Customers', false], ['Hidden', true]]);
    expect(await wb.currentUser()).toBe('alice');
    expect(wb.calls).toMatchObject({ replaceValues: 1, formatColumns: 1, markCells: 2, freezeRows: 1, protect: 1, addSheet: 1, listSheets: 1, currentUser: 1 });
  });

  it('writes tables into the grid and keeps them for writers', async () => {
    const wb = make();
    await wb.addSheet('Report');
    await wb.writeTable('Report', 0, 0, { title: 'By owner', header: ['Owner', 'Count'], rows: [['王芳', 3], ['Total', 3]], totalsRow: 1 });
    expect((await wb.readSheet('Report')).values).toEqual([['By owner', null], ['Owner', 'Count'], ['王芳', 3], ['Total', 3]]);
    expect(wb.sheet('Report').tables).toHaveLength(1);
  });

  it('names a missing sheet in a user-facing error', async () => {
    await expect(make().readSheet('Nope')).rejects.toThrow(DossierError);
    await expect(make().addSheet('Customers')).rejects.toThrow(/already exists/);
  });

  it('stores per-cell formats for exact restores', async () => {
    const wb = make();
    await wb.writeFormats('Customers', 1, 1, [['@']]);
    expect((await wb.readSheet('Customers', { formats: true })).formats).toEqual([['', ''], ['', '@'], ['', '']]);
  });
});
