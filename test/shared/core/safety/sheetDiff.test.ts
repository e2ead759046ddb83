import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { diffSheet, reverseDiff, rowsBefore } from '../../../../shared/core/safety/sheetDiff';
import { decodeSnapshotPayload, encodeSnapshotPayload } from '../../../../shared/core/safety/snapshotPayload';

const cell = fc.oneof(
  fc.constantFrom<CellValue>(null, '', '00123', '+8613812345678', '2024-03-05', 'x', 'x', 0, 92, true, { error: '#N/A' }, new Date(Date.UTC(2024, 2, 5))),
  fc.string({ maxLength: 4 }),
);
const row = fc.array(cell, { minLength: 0, maxLength: 5 });
const format = fc.constantFrom('', '@', 'yyyy-mm-dd');

describe('diffSheet / reverseDiff', () => {
  it('rebuilds the sheet before any removal, in-place change, format change and append, exactly, through the stored text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(row, fc.array(format, { maxLength: 5 })), { maxLength: 25 }),
        fc.array(fc.tuple(fc.constantFrom('keep', 'keep', 'remove', 'change', 'format'), fc.nat(4), cell, format), { maxLength: 25 }),
        fc.array(row, { maxLength: 4 }),
        (sheet, ops, appended) => {
          const before = sheet.map(([r]) => r);
          const beforeFormats = sheet.map(([, f]) => f);
          const after: CellValue[][] = [];
          const afterFormats: string[][] = [];
          before.forEach((r, i) => {
            const [op, col, value, fmt] = ops[i] ?? ['keep', 0, null, ''];
            if (op === 'remove') return;
            const next = r.slice();
            const nextFormats = beforeFormats[i]!.slice();
            if (op === 'change') next[col] = value;
            if (op === 'format') nextFormats[col] = fmt;
            for (let c = 0; c < next.length; c++) next[c] ??= null;
            for (let c = 0; c < nextFormats.length; c++) nextFormats[c] ??= '';
            after.push(next);
            afterFormats.push(nextFormats);
          });
          after.push(...appended);
          afterFormats.push(...appended.map(() => []));
          const diff = diffSheet(before, beforeFormats, after, afterFormats);
          const stored = decodeSnapshotPayload(encodeSnapshotPayload([{ name: 's', existed: true, diff }]))![0]!.diff!;
          const back = reverseDiff(stored, after, afterFormats);
          expect(back.values).toEqual(before);
          expect(back.formats).toEqual(beforeFormats);
          // Every row that lined up maps back into the sheet before.
          for (const i of rowsBefore(stored)) expect(i).toBeLessThan(before.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a removed row whole and a changed row as its changed cells only', () => {
    const before: CellValue[][] = [['id', 'name', 'phone'], ['C1', 'a', 1], ['C2', 'b', 2], ['C3', 'c', 3]];
    const after: CellValue[][] = [['id', 'name', 'phone'], ['C1', 'a', '+1'], ['C3', 'c', 3]];
    const diff = diffSheet(before, undefined, after, undefined);
    expect(diff.removed).toEqual([[2, ['C2', 'b', 2], null]]);
    expect(diff.changed).toEqual([[1, 1, 3, [[2, 1]], 0, []]]);
  });
});
