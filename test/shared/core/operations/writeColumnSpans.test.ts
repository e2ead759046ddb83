import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { writeColumnSpans } from '../../../../shared/core/operations/writeColumnSpans';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const grid = (rows: number, cols: number): CellValue[][] => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));

describe('writeColumnSpans', () => {
  it('writes neighbouring changed columns as one block and leaves other columns alone', async () => {
    const values = grid(6, 5);
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values }]);
    const read = (await wb.readSheet('S')).values;
    await writeColumnSpans(wb, 'S', read, new Map([[1, [{ row: 2, value: 'a' }, { row: 4, value: 'a4' }]], [2, [{ row: 3, value: 'b3' }, { row: 4, value: 'b' }]], [4, [{ row: 3, value: 'c' }]]]));
    expect(wb.calls.writeValues).toBe(2);
    const after = (await wb.readSheet('S')).values;
    const expected = grid(6, 5);
    expected[1]![1] = 'a';
    expected[3]![1] = 'a4';
    expected[2]![2] = 'b3';
    expected[3]![2] = 'b';
    expected[2]![4] = 'c';
    expect(after).toEqual(expected);
  });

  it('keeps neighbouring columns apart when their rows are far apart', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: grid(1000, 3) }]);
    const read = (await wb.readSheet('S')).values;
    await writeColumnSpans(wb, 'S', read, new Map([[0, [{ row: 2, value: 'top' }]], [1, [{ row: 1000, value: 'bottom' }]]]));
    expect(wb.calls.writeValues).toBe(2);
  });

  it('changes exactly the given cells, whatever the columns and rows', async () => {
    const change = fc.record({ col: fc.integer({ min: 0, max: 5 }), row: fc.integer({ min: 1, max: 30 }), value: fc.string({ maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 25 }), async (changes) => {
        const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: grid(30, 6) }]);
        const read = (await wb.readSheet('S')).values;
        const cells = new Map<number, Array<{ row: number; value: CellValue }>>();
        const expected = grid(30, 6);
        for (const { col, row, value } of changes) {
          const list = (cells.get(col) ?? []).filter((c) => c.row !== row);
          list.push({ row, value });
          cells.set(col, list);
          expected[row - 1]![col] = value;
        }
        await writeColumnSpans(wb, 'S', read, cells);
        expect((await wb.readSheet('S')).values).toEqual(expected);
        expect(wb.calls.writeValues ?? 0).toBeLessThanOrEqual(cells.size);
      }),
    );
  });
});
