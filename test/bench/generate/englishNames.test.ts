import fc from 'fast-check';
import { FEMALE_FIRST, MALE_FIRST, pickWeighted, SURNAMES, type WeightedNames } from '../../../bench/generate/englishNames';
import { generateCustomers } from '../../../bench/generate/generateCustomers';
import { Random } from '../../../bench/generate/random';

const shareOf = (list: WeightedNames, name: string) => {
  const k = list.names.indexOf(name);
  return list.cumulative[k]! - (k > 0 ? list.cumulative[k - 1]! : 0);
};

describe('englishNames', () => {
  it.each([['male', MALE_FIRST, 1219], ['female', FEMALE_FIRST, 2000], ['surnames', SURNAMES, 5000]] as const)('%s: distinct names, shares rising to 1', (_label, list, size) => {
    expect(list.names).toHaveLength(size);
    expect(new Set(list.names).size).toBe(size);
    for (let k = 1; k < size; k++) expect(list.cumulative[k]!).toBeGreaterThan(list.cumulative[k - 1]!);
    expect(list.cumulative[size - 1]).toBe(1);
  });

  it('keeps the census shares it quotes and its coverage points', () => {
    expect(shareOf(MALE_FIRST, 'James')).toBeCloseTo(0.03318, 10);
    expect(shareOf(FEMALE_FIRST, 'Mary')).toBeCloseTo(0.02629, 10);
    expect(shareOf(SURNAMES, 'Smith')).toBeCloseTo(0.01006, 10);
    // Half of men share the 60 commonest first names; a quarter of people the 239 commonest surnames.
    expect(MALE_FIRST.cumulative[59]).toBeCloseTo(0.5, 6);
    expect(FEMALE_FIRST.cumulative[138]).toBeCloseTo(0.5, 6);
    expect(SURNAMES.cumulative[238]).toBeCloseTo(0.25, 6);
  });

  it('picks the name whose span holds the draw', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (x) => {
      const name = pickWeighted({ next: () => x } as Random, SURNAMES);
      const k = SURNAMES.names.indexOf(name);
      expect(SURNAMES.cumulative[k]!).toBeGreaterThan(x);
      if (k > 0) expect(SURNAMES.cumulative[k - 1]!).toBeLessThanOrEqual(x);
    }));
  });

  it('gives generated files as many namesakes as the census, and the dense set as many as before', () => {
    const namesakePairs = (englishNameSet: 'census' | 'dense') => {
      const { values } = generateCustomers({ rows: 10_000, seed: 1, englishNames: 1, headers: 'en', englishNameSet, duplicateRate: 0 });
      const counts = new Map<string, number>();
      for (const row of values.slice(1)) {
        const name = String(row[1]).trim().replace(/\s+/g, ' ');
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      let pairs = 0;
      for (const n of counts.values()) pairs += (n * (n - 1)) / 2;
      return pairs;
    };
    // Expected about 150 (census: strangers share a full name about 3 times in a million pairs) and 222,000 (1 in 225).
    // Look-alikes (2% of rows) add pairs sharing a name on purpose.
    expect(namesakePairs('census')).toBeLessThan(1_500);
    expect(namesakePairs('dense')).toBeGreaterThan(200_000);
  });
});
