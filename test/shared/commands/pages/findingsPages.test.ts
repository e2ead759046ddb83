import fc from 'fast-check';
import type { Finding } from '../../../../shared/core/findings/finding';
import { localFindingsPages, shownIn, type FindingFilter } from '../../../../shared/commands/pages/findingsPages';

const finding = fc.record({
  row: fc.integer({ min: 2, max: 1000 }),
  field: fc.constantFrom('phone', 'email', 'name', ''),
  severity: fc.constantFrom('error' as const, 'warning' as const),
  code: fc.constant('x'),
  message: fc.string(),
  value: fc.string(),
  suggestion: fc.option(fc.string()),
}) as fc.Arbitrary<Finding>;

describe('findings pages', () => {
  it('every page of every filter is the findings of that severity, grouped by field in order of first appearance, each once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(finding, { maxLength: 300 }), fc.constantFrom<FindingFilter>('all', 'error', 'warning'), fc.integer({ min: 1, max: 40 }), async (findings, filter, page) => {
        const pages = localFindingsPages(findings);
        const fields = [...new Set(findings.map((f) => f.field))];
        const expected = fields.flatMap((field) => findings.filter((f) => f.field === field && (filter === 'all' || f.severity === filter)));
        const got: Finding[] = [];
        for (let from = 0; from < expected.length; from += page) got.push(...(await pages.window(filter, from, page)));
        expect(got).toEqual(expected);
        expect(pages.groups.map((g) => g.field)).toEqual(fields);
        expect(pages.groups.reduce((n, g) => n + shownIn(g, filter), 0)).toBe(expected.length);
        expect(pages.suggestions).toBe(findings.filter((f) => f.suggestion !== null).length);
        expect(pages.total).toBe(findings.length);
      }),
      { numRuns: 50 },
    );
  });
});
