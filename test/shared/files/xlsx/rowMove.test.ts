import fc from 'fast-check';
import { mapFormulaReferences } from '../../../../shared/files/xlsx/mapFormulaReferences';
import { rowMoveOf } from '../../../../shared/files/xlsx/rowMove';

const shifted = (origin: number[] | null, sourceRows: number, formula: string) => {
  const move = rowMoveOf(origin, sourceRows, '客户档案');
  return mapFormulaReferences(formula, (r) => move.shift(r));
};

describe('rowMoveOf: references follow inserted and deleted rows as Excel moves them', () => {
  it('changes nothing when no row moved', () => {
    expect(rowMoveOf(null, 5, 'S').identity).toBe(true);
    expect(rowMoveOf([0, 1, 2, 3, 4, -1], 5, 'S').identity).toBe(true);
    expect(shifted(null, 5, 'SUM(D2:D5)+A3')).toBe('SUM(D2:D5)+A3');
  });

  it('a deleted row: ranges shrink, cells below move up, a reference to it is #REF!', () => {
    const origin = [0, 1, 3, 4, 5]; // the third row (row 3) merged away
    expect(shifted(origin, 6, 'SUM(D2:D6)')).toBe('SUM(D2:D5)');
    expect(shifted(origin, 6, 'D4*2')).toBe('D3*2');
    expect(shifted(origin, 6, 'D3*2')).toBe('#REF!*2');
    expect(shifted(origin, 6, 'SUM(D3:D4)')).toBe('SUM(D3:D3)');
    expect(shifted(origin, 6, 'SUM($D$2:$D$3)')).toBe('SUM($D$2:$D$2)');
    expect(shifted(origin, 6, 'SUM(D3:D3)')).toBe('SUM(#REF!)');
    expect(shifted(origin, 6, 'A1+D:D+2:6')).toBe('A1+D:D+2:5');
    // Rows under the data keep their distance to the last row.
    expect(shifted(origin, 6, 'D10')).toBe('D9');
  });

  it('inserted rows: a range they fall inside widens, cells below move down; other sheets are left alone', () => {
    const origin = [0, 1, 2, -1, -1, 3, 4]; // two rows in above the fourth row (a totals row's neighbour)
    expect(shifted(origin, 5, 'SUM(D2:D4)')).toBe('SUM(D2:D6)');
    expect(shifted(origin, 5, 'SUM(D2:D3)')).toBe('SUM(D2:D3)');
    expect(shifted(origin, 5, "客户档案!D5+'客户档案'!D4+Other!D5+客户档案!D2")).toBe("客户档案!D7+'客户档案'!D6+Other!D5+客户档案!D2");
  });

  it('a range covers exactly the rows it kept and the rows inserted between them', () => {
    const plan = fc.integer({ min: 2, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        steps: fc.array(fc.oneof(fc.record({ kind: fc.constant('delete' as const), at: fc.nat(n) }), fc.record({ kind: fc.constant('insert' as const), at: fc.nat(n) })), { maxLength: 8 }),
        lo: fc.integer({ min: 1, max: n }),
        span: fc.nat(n),
      }),
    );
    fc.assert(
      fc.property(plan, ({ n, steps, lo, span }) => {
        const origin = Array.from({ length: n }, (_, k) => k);
        for (const step of steps) {
          const at = Math.min(step.at, origin.length);
          if (step.kind === 'delete' && at < origin.length) origin.splice(at, 1);
          if (step.kind === 'insert') origin.splice(at, 0, -1);
        }
        const hi = Math.min(n, lo + span);
        const kept = origin.map((k, r) => ({ k, r: r + 1 })).filter(({ k }) => k >= lo - 1 && k <= hi - 1);
        const out = shifted(origin, n, `SUM(D${lo}:D${hi})`);
        if (kept.length === 0) {
          expect(out).toBe('SUM(#REF!)');
          return;
        }
        const [, a, b] = /SUM\(D(\d+):D(\d+)\)/.exec(out)!.map(Number);
        expect(a).toBe(kept[0]!.r);
        expect(b).toBe(kept[kept.length - 1]!.r);
        // Between its ends: only rows it had, and rows inserted there.
        for (let r = a!; r <= b!; r++) expect(origin[r - 1] === -1 || (origin[r - 1]! >= lo - 1 && origin[r - 1]! <= hi - 1)).toBe(true);
      }),
    );
  });
});
