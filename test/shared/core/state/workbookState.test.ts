import fc from 'fast-check';
import { decodeState, encodeState } from '../../../../shared/core/state/workbookState';

describe('workbook state encoding', () => {
  it('round-trips any JSON value, including ones longer than a cell holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue()), (state) => {
        expect(decodeState(encodeState(state))).toEqual(JSON.parse(JSON.stringify(state)));
      }),
    );
    const long = { notDuplicates: 'x'.repeat(100_000) };
    const rows = encodeState(long);
    expect(rows[0]!.length).toBeGreaterThan(3);
    expect(rows.flat().every((c) => typeof c !== 'string' || c.length <= 30_000)).toBe(true);
    expect(decodeState(rows)).toEqual(long);
  });

  it('drops a corrupted entry instead of failing', () => {
    expect(decodeState([['good', '1'], ['bad', '{"a":'], [null, 'x']])).toEqual({ good: 1 });
  });
});
