import type { CustomerTable } from '../table/customerTable';
import { candidatePairs, MAX_BLOCK } from './candidatePairs';
import { clusterPairs, type ScoredPair } from './clusterPairs';
import { matchProfiles, type MatchProfile } from './matchProfile';
import { scorePair, scorePairAtLeast } from './scorePair';
import { valueFrequencies } from './valueFrequencies';

export interface DuplicateOptions {
  /** Cut-off score for a pair to count as a duplicate (cli.md `--threshold`). */
  readonly threshold?: number;
  /**
   * Every pair inside a cluster must score at least this: by default 1e-6,
   * about -8 bits of evidence, i.e. no two members may look clearly like
   * different people (another name, another birthday and phone), while
   * members that merely share little (two corrupted copies of one record)
   * may still meet through a third.
   */
  readonly floor?: number;
  readonly maxBlock?: number;
  /** Pairs a person marked "not duplicates", as row indices; never proposed again. */
  readonly rejected?: (i: number, j: number) => boolean;
  /** The table's match profiles when the caller has built them already (import reuses them for matching). */
  readonly profiles?: readonly MatchProfile[];
}

export interface DuplicateCluster {
  /** Sheet row numbers (header = 1), ascending. */
  readonly rows: number[];
  /** Indices into the table's rows. */
  readonly members: number[];
  readonly score: number;
  /** Field keys whose agreement made the match, in template order. */
  readonly reasons: string[];
}

export interface DuplicateResult {
  readonly clusters: DuplicateCluster[];
  /** Pairs compared (a scale figure: it should grow about linearly with rows). */
  readonly comparisons: number;
}

export const DEFAULT_THRESHOLD = 0.8;
export const DEFAULT_FLOOR = 1e-6;

/** Duplicate customers of a table: blocking, Fellegi-Sunter scoring, clustering that resists chaining. */
export function findDuplicates(table: CustomerTable, options: DuplicateOptions = {}): DuplicateResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const floor = options.floor ?? DEFAULT_FLOOR;
  const profiles = options.profiles ?? matchProfiles(table);
  const freq = valueFrequencies(profiles);
  // Only pairs that reach the threshold are kept: clustering scores any other pair it needs itself.
  const scored: ScoredPair[] = [];
  const pairs = candidatePairs(profiles, options.maxBlock ?? MAX_BLOCK);
  for (const [i, j] of pairs) {
    if (options.rejected?.(i, j)) continue;
    const result = scorePairAtLeast(profiles[i]!, profiles[j]!, freq, threshold);
    if (result !== null && result.score >= threshold) scored.push({ i, j, result });
  }
  const clusters = clusterPairs(profiles.length, scored, {
    threshold,
    floor,
    score: (i, j) => (options.rejected?.(i, j) ? { score: 0, weight: -Infinity, reasons: [] } : scorePair(profiles[i]!, profiles[j]!, freq)),
  });
  const order = new Map(table.template.fields.map((f, k) => [f.key, k]));
  return {
    comparisons: pairs.length,
    clusters: clusters.map((c) => ({
      members: c.members,
      rows: c.members.map((m) => table.rows[m]!.rowNumber),
      score: Math.round(c.score * 1000) / 1000,
      reasons: [...c.reasons].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99)),
    })),
  };
}
