import fc from 'fast-check';
import type { FixChange } from '../../../../shared/core/operations/fix';
import { listedCount, localFixPlanPages } from '../../../../shared/commands/pages/fixPlanPages';

const change = fc.record({ row: fc.integer({ min: 2, max: 1000 }), field: fc.constantFrom('phone', 'email', 'name', 'city'), from: fc.string(), to: fc.string() }) as fc.Arbitrary<FixChange>;

describe('fix plan pages', () => {
  it('lists (and counts) exactly the plan less the fields switched off, in plan order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 300 }), fc.subarray(['phone', 'email', 'name', 'city']), async (plan, off) => {
        const pages = localFixPlanPages(plan);
        const expected = plan.filter((c) => !off.includes(c.field));
        const got: FixChange[] = [];
        for (let from = 0; from < expected.length + 10; from += 7) got.push(...(await pages.window(off, from, 7)));
        expect(got).toEqual(expected);
        expect(pages.chosen(off)).toEqual(expected);
        expect(listedCount(pages, new Set(off))).toBe(expected.length);
        expect(pages.fields.reduce((n, f) => n + f.count, 0)).toBe(plan.length);
      }),
      { numRuns: 50 },
    );
  });
});
