import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import type { WorkbookPort } from '../../../../shared/core/port/workbookPort';
import { restoreInPlace } from '../../../../shared/core/safety/restoreInPlace';
import { diffSheet } from '../../../../shared/core/safety/sheetDiff';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

/** Rows as a host holds them: a row ends at its last value, the sheet at its last row with one. */
function trimmed(rows: ReadonlyArray<ReadonlyArray<CellValue>>): CellValue[][] {
  const out = rows.map((row) => {
    const line = [...row];
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

const cell = fc.constantFrom<CellValue>('a', 'b', 'c', 'x', 1, 2, null);
const row = fc.array(cell, { minLength: 1, maxLength: 4 });

/** An operation as Dossier's are: rows removed, cells changed in place, rows added (anywhere). */
const operation = fc.record({
  before: fc.array(row, { minLength: 1, maxLength: 30 }),
  remove: fc.array(fc.nat(40)),
  change: fc.array(fc.tuple(fc.nat(40), fc.nat(3), cell)),
  add: fc.array(fc.tuple(fc.nat(40), row)),
});

function apply(op: { before: CellValue[][]; remove: number[]; change: Array<[number, number, CellValue]>; add: Array<[number, CellValue[]]> }): CellValue[][] {
  const gone = new Set(op.remove.map((r) => r % op.before.length));
  const after = op.before.filter((_, r) => !gone.has(r)).map((line) => [...line]);
  for (const [r, c, value] of op.change) {
    if (after.length === 0) break;
    const line = after[r % after.length]!;
    while (line.length <= c) line.push(null);
    line[c] = value;
  }
  for (const [at, line] of op.add) after.splice(at % (after.length + 1), 0, [...line]);
  return after;
}

describe('restoreInPlace', () => {
  it('gives back the sheet as it was, for any mix of removed, changed and added rows', async () => {
    await fc.assert(
      fc.asyncProperty(operation, async (op) => {
        const after = apply(op);
        const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: after }]);
        const diff = diffSheet(op.before, undefined, after, undefined);
        expect(await restoreInPlace(wb, 'S', diff, await wb.readSheet('S'))).toBe(true);
        expect(trimmed((await wb.readSheet('S')).values)).toEqual(trimmed(op.before));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the same sheet wherever the customers\' rows are said to be (rows put back at their ends go in beside a neighbour)', async () => {
    await fc.assert(
      fc.asyncProperty(operation, fc.nat(30), fc.nat(30), async (op, a, b) => {
        const after = apply(op);
        const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: after }]);
        const diff = diffSheet(op.before, undefined, after, undefined);
        const customers = { first: Math.min(a, b) % op.before.length, last: Math.max(a, b) % op.before.length };
        if (customers.last < customers.first) return;
        expect(await restoreInPlace(wb, 'S', diff, await wb.readSheet('S'), customers)).toBe(true);
        expect(trimmed((await wb.readSheet('S')).values)).toEqual(trimmed(op.before));
      }),
      { numRuns: 300 },
    );
  });

  it('deletes the rows the operation added and puts removed ones back by inserting rows, writing only the cells that differ', async () => {
    const before: CellValue[][] = [['Name', 'Spend'], ['王芳', 10], ['李娜', 20], ['张伟', 30], ['合计', 60]];
    const after: CellValue[][] = [['Name', 'Spend'], ['王芳', 15], ['张伟', 30], ['New', 5], ['合计', 60]];
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: after }]);
    expect(await restoreInPlace(wb, 'S', diffSheet(before, undefined, after, undefined), await wb.readSheet('S'))).toBe(true);
    expect((await wb.readSheet('S')).values).toEqual(before);
    expect(wb.calls).toMatchObject({ deleteRows: 1, insertRowsAt: 1 });
    expect(wb.calls.replaceValues ?? 0).toBe(0);
  });

  it('does nothing and says so when rows must come and go on a host that cannot insert or delete them', async () => {
    const before: CellValue[][] = [['Name', 'Spend'], ['a', 1], ['b', 2]];
    const after: CellValue[][] = [['Name', 'Spend'], ['b', 2]];
    const wb = MemoryWorkbook.fromSheets([{ name: 'S', values: after }]);
    const valuesOnly: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, { deleteRows: undefined, insertRowsAt: undefined });
    expect(await restoreInPlace(valuesOnly, 'S', diffSheet(before, undefined, after, undefined), await wb.readSheet('S'))).toBe(false);
    expect((await wb.readSheet('S')).values).toEqual(after);
    // Changed cells alone need no rows moved: restored in place on any host.
    const changed: CellValue[][] = [['Name', 'Spend'], ['c', 1], ['b', 2]];
    const other = MemoryWorkbook.fromSheets([{ name: 'S', values: changed }]);
    const plain: WorkbookPort = Object.assign(Object.create(other) as WorkbookPort, { deleteRows: undefined, insertRowsAt: undefined });
    expect(await restoreInPlace(plain, 'S', diffSheet(before, undefined, changed, undefined), await other.readSheet('S'))).toBe(true);
    expect((await other.readSheet('S')).values).toEqual(before);
  });
});
