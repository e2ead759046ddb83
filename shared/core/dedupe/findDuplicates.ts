import type { CustomerTable } from '../table/customerTable';
import { MAX_BLOCK, visitCandidatePairs } from './candidatePairs';
import { clusterPairs, type ScoredPair } from './clusterPairs';
import { matchProfiles, type MatchProfile } from './matchProfile';
import { scorePair, scorePairAtLeast, WeightBound, type Evidence, type PairScore } from './scorePair';
import { valueFrequencies } from './valueFrequencies';

export interface DuplicateOptions {
  /** Cut-off score for a pair to count as a duplicate (cli.md `--threshold`). */
  readonly threshold?: number;
  /**
   * Pairs scoring from this up to the threshold are "possible" duplicates:
   * returned for a person to review, never merged or clustered. At or above
   * the threshold it turns the tier off.
   */
  readonly possible?: number;
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
  /** Rows compared of rows, now and then, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DuplicateCluster {
  /** Sheet row numbers (header = 1), ascending. */
  readonly rows: number[];
  /** Indices into the table's rows. */
  readonly members: number[];
  readonly score: number;
  /** Field keys whose agreement made the match, in template order. */
  readonly reasons: string[];
  /** How each field of the cluster's weakest pair compared, and the bits it added. */
  readonly evidence: Evidence[];
}

/** Two rows that may be one customer: shown for review, never merged on their own. */
export interface PossiblePair {
  /** Sheet row numbers (header = 1), ascending. */
  readonly rows: [number, number];
  readonly members: [number, number];
  readonly score: number;
  readonly reasons: string[];
  readonly evidence: Evidence[];
}

export interface DuplicateResult {
  readonly clusters: DuplicateCluster[];
  /** Strongest first. */
  readonly possible: PossiblePair[];
  /** Pairs compared (a scale figure: it should grow about linearly with rows). */
  readonly comparisons: number;
}

export const DEFAULT_THRESHOLD = 0.8;
/**
 * 0.2 posterior: 10 bits of evidence where merging takes 14. Below it a
 * pair's fields mostly disagree or are missing; above it at least a name or
 * a birthday and an address or place speak for it.
 */
export const DEFAULT_POSSIBLE = 0.2;
export const DEFAULT_FLOOR = 1e-6;

/** Duplicate customers of a table: blocking, Fellegi-Sunter scoring, clustering that resists chaining, and a review tier below. */
export function findDuplicates(table: CustomerTable, options: DuplicateOptions = {}): DuplicateResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const possible = Math.min(threshold, options.possible ?? DEFAULT_POSSIBLE);
  const floor = options.floor ?? DEFAULT_FLOOR;
  const profiles = options.profiles ?? matchProfiles(table);
  const freq = valueFrequencies(profiles);
  // Only pairs that reach the possible tier are kept: clustering scores any other pair it needs itself.
  const scored: ScoredPair[] = [];
  const rejected = options.rejected;
  // Most candidate pairs fall short of the possible tier; this tells most of those apart without reading their profiles.
  const bound = new WeightBound(profiles, freq, possible);
  const comparisons = visitCandidatePairs(
    profiles,
    (i, j) => {
      if (rejected?.(i, j) || !bound.mayReach(i, j)) return;
      const result = scorePairAtLeast(profiles[i]!, profiles[j]!, freq, possible);
      if (result !== null && result.score >= possible) scored.push({ i, j, result });
    },
    options.maxBlock ?? MAX_BLOCK,
    options.onProgress,
  );
  const clusters = clusterPairs(profiles.length, scored, {
    threshold,
    floor,
    score: (i, j) => (options.rejected?.(i, j) ? REJECTED : scorePair(profiles[i]!, profiles[j]!, freq)),
  });
  const order = new Map(table.template.fields.map((f, k) => [f.key, k]));
  const inCluster = new Int32Array(profiles.length).fill(-1);
  clusters.forEach((c, k) => {
    for (const m of c.members) inCluster[m] = k;
  });
  // A pair left out of a shared cluster is possible whatever its score: one of its rows went to another customer, or a third row looked like someone else.
  const possiblePairs = scored
    .filter(({ i, j }) => inCluster[i] === -1 || inCluster[i] !== inCluster[j])
    .sort((x, y) => y.result.score - x.result.score || x.i - y.i || x.j - y.j)
    .map(({ i, j, result }): PossiblePair => ({
      members: [i, j],
      rows: [table.rows[i]!.rowNumber, table.rows[j]!.rowNumber],
      score: round(result.score),
      reasons: sortedReasons(result.reasons, order),
      evidence: result.evidence,
    }));
  return {
    comparisons,
    clusters: clusters.map((c) => ({
      members: c.members,
      rows: c.members.map((m) => table.rows[m]!.rowNumber),
      score: round(c.score),
      reasons: sortedReasons(c.reasons, order),
      evidence: c.evidence,
    })),
    possible: possiblePairs,
  };
}

const REJECTED: PairScore = { score: 0, weight: -Infinity, reasons: [], evidence: [] };

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function sortedReasons(reasons: readonly string[], order: ReadonlyMap<string, number>): string[] {
  return [...reasons].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
}
