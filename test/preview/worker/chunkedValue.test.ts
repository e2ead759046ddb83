import fc from 'fast-check';
import { PART_SIZE, putLongArray, takeLongArrays } from '../../../preview/worker/chunkedValue';

describe('long arrays sent in parts', () => {
  it('a result rebuilt from its shape and its long arrays equals the result', () => {
    const long = fc.array(fc.record({ row: fc.nat(), text: fc.string() }), { minLength: PART_SIZE + 1, maxLength: PART_SIZE + 50 });
    const result = fc.record({ sheet: fc.string(), findings: fc.oneof(long, fc.array(fc.nat(), { maxLength: 5 })), groups: fc.array(fc.record({ owner: fc.string(), stale: fc.oneof(long, fc.constant([])) }), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.oneof(result, long), (value) => {
        const { value: shape, long: arrays } = takeLongArrays(value);
        for (const { items } of arrays) expect(items.length).toBeGreaterThan(PART_SIZE);
        // What is sent ahead is the only thing left out: the shape itself is small.
        expect(JSON.stringify(shape).length).toBeLessThan(PART_SIZE * 10);
        let rebuilt = shape;
        for (const { path, items } of arrays) rebuilt = putLongArray(rebuilt, path, [...items]);
        expect(rebuilt).toEqual(value);
      }),
      { numRuns: 20 },
    );
  });
});
