/** Pairwise precision, recall and F1 of found pairs against true pairs, both as `i-j` keys (i < j). */
export function pairAccuracy(found: ReadonlySet<string>, truth: ReadonlySet<string>): { precision: number; recall: number; f1: number } {
  let hits = 0;
  for (const pair of found) if (truth.has(pair)) hits++;
  const precision = found.size === 0 ? 1 : hits / found.size;
  const recall = truth.size === 0 ? 1 : hits / truth.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

/** Every pair of a group's members, as `i-j` keys with i < j. */
export function pairsOf(members: readonly number[], into: Set<string>): Set<string> {
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) into.add(`${Math.min(members[x]!, members[y]!)}-${Math.max(members[x]!, members[y]!)}`);
  }
  return into;
}

/** Accuracy figures of the confident tier (clusters) and of both tiers (clusters and possible pairs) together. */
export function tierFigures(result: { clusters: ReadonlyArray<{ rows: readonly number[] }>; possible: ReadonlyArray<{ rows: readonly number[] }> }, truth: ReadonlySet<string>): Record<string, string> {
  const confident = new Set<string>();
  for (const c of result.clusters) pairsOf(c.rows, confident);
  const both = new Set(confident);
  for (const p of result.possible) pairsOf(p.rows, both);
  const a = pairAccuracy(confident, truth);
  const b = pairAccuracy(both, truth);
  return {
    P: a.precision.toFixed(3),
    R: a.recall.toFixed(3),
    F1: a.f1.toFixed(3),
    'P+possible': b.precision.toFixed(3),
    'R+possible': b.recall.toFixed(3),
    'F1+possible': b.f1.toFixed(3),
  };
}
