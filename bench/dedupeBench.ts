import { findDuplicates } from '../shared/core/dedupe/findDuplicates';
import { readCustomerTable } from '../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';

/**
 * Duplicate detection on generated customer files with known duplicates and
 * look-alikes (same common name, shared switchboard, family at one address):
 * speed, pairs compared per row (blocking must keep it about flat), precision
 * and recall over all same-customer pairs, and look-alikes wrongly merged.
 */
export const dedupeBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const results: BenchResult[] = [];
    for (const rows of [10_000, 100_000]) {
      const { values, truth } = generateCustomers({ rows, seed: 3 });
      const table = readCustomerTable(defaultTemplate, { name: 'C', values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
      const { value: result, seconds } = await timed(() => findDuplicates(table));
      const parent = new Map<number, number>();
      const find = (x: number): number => (parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!));
      for (const [a, b] of truth.duplicatePairs) {
        if (!parent.has(a)) parent.set(a, a);
        parent.set(b, find(a));
      }
      const same = (a: number, b: number) => parent.has(a) && parent.has(b) && find(a) === find(b);
      const groups = new Map<number, number>();
      for (const k of parent.keys()) groups.set(find(k), (groups.get(find(k)) ?? 0) + 1);
      const truePairs = [...groups.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
      let found = 0;
      let hits = 0;
      const inCluster = new Map<number, number>();
      result.clusters.forEach((c, k) => {
        for (const r of c.rows) inCluster.set(r, k);
        for (let i = 0; i < c.rows.length; i++) {
          for (let j = i + 1; j < c.rows.length; j++) {
            found++;
            if (same(c.rows[i]!, c.rows[j]!)) hits++;
          }
        }
      });
      const lookAlikesMerged = truth.hardNegativePairs.filter(([a, b]) => inCluster.has(a) && inCluster.get(a) === inCluster.get(b)).length;
      results.push({
        name: `dedupe generated ${rows / 1000}k`,
        rows,
        seconds,
        figures: { precision: (hits / Math.max(1, found)).toFixed(3), recall: (hits / Math.max(1, truePairs)).toFixed(3), pairsPerRow: (result.comparisons / rows).toFixed(2), lookAlikesMerged: `${lookAlikesMerged}/${truth.hardNegativePairs.length}` },
      });
    }
    return results;
  },
};
