import type { Evidence, PairScore } from './scorePair';

export interface ScoredPair {
  readonly i: number;
  readonly j: number;
  readonly result: PairScore;
}

export interface Cluster {
  /** Row indices, ascending. */
  readonly members: number[];
  /** The weakest link that built the cluster. */
  readonly score: number;
  readonly reasons: string[];
  /** The weakest link's evidence, field by field (its score is the cluster's). */
  readonly evidence: Evidence[];
}

/**
 * Greedy clustering from the strongest pair down. Two groups join only if
 * every row of one is at least `floor`-compatible with every row of the
 * other (scored directly where blocking never compared them), so a chain of
 * links (A–B on a phone, B–C on an e-mail) cannot pull unrelated people
 * together: A and C must look alike themselves. Each row ends in at most one cluster.
 * `pairs` must hold every candidate pair that reaches the threshold; pairs
 * below it may be left out (any other pair is scored when needed).
 */
export function clusterPairs(
  rows: number,
  pairs: readonly ScoredPair[],
  options: { threshold: number; floor: number; score: (i: number, j: number) => PairScore },
): Cluster[] {
  const groupOf = new Int32Array(rows).fill(-1);
  const groups: Array<{ members: number[]; score: number; reasons: Set<string>; evidence: Evidence[] } | null> = [];
  const strong = pairs.filter((p) => p.result.score >= options.threshold).sort((a, b) => b.result.score - a.result.score);
  const known = new Map<number, number>();
  for (const p of pairs) known.set(p.i * rows + p.j, p.result.score);
  const scoreOf = (i: number, j: number) => {
    const key = Math.min(i, j) * rows + Math.max(i, j);
    let s = known.get(key);
    if (s === undefined) {
      s = options.score(Math.min(i, j), Math.max(i, j)).score;
      known.set(key, s);
    }
    return s;
  };

  for (const { i, j, result } of strong) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi >= 0 && gi === gj) continue;
    const a = gi >= 0 ? groups[gi]!.members : [i];
    const b = gj >= 0 ? groups[gj]!.members : [j];
    if (!a.every((x) => b.every((y) => scoreOf(x, y) >= options.floor))) continue;
    const members = [...a, ...b];
    const reasons = new Set([...(gi >= 0 ? groups[gi]!.reasons : []), ...(gj >= 0 ? groups[gj]!.reasons : []), ...result.reasons]);
    // The weakest link: the new pair's, or the weaker group's that came before it.
    let score = result.score;
    let evidence = result.evidence;
    for (const g of [gi, gj]) {
      const group = g >= 0 ? groups[g]! : null;
      if (group && group.score < score) ({ score, evidence } = group);
    }
    if (gi >= 0) groups[gi] = null;
    if (gj >= 0) groups[gj] = null;
    const id = groups.length;
    groups.push({ members, score, reasons, evidence });
    for (const m of members) groupOf[m] = id;
  }
  return groups
    .filter((g): g is NonNullable<typeof g> => g !== null)
    .map((g) => ({ members: [...g.members].sort((x, y) => x - y), score: g.score, reasons: [...g.reasons], evidence: g.evidence }))
    .sort((x, y) => x.members[0]! - y.members[0]!);
}
