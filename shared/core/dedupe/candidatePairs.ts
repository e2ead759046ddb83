import { blockingKeys, blockLimit } from './blockingKeys';
import type { MatchProfile } from './matchProfile';

/** No block is larger than this, whatever its kind (see BLOCK_LIMITS): larger ones say little and would cost rows². */
export const MAX_BLOCK = 60;

/** Every pair of rows that share a blocking key, each once, as [i, j] with i < j. */
export function candidatePairs(profiles: readonly MatchProfile[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  for (const p of profiles) {
    for (const key of new Set(blockingKeys(p))) {
      const block = blocks.get(key);
      if (block) block.push(p.index);
      else blocks.set(key, [p.index]);
    }
  }
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = profiles.length;
  for (const [key, members] of blocks) {
    if (members.length < 2 || members.length > Math.min(maxBlock, blockLimit(key, maxBlock))) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = Math.min(members[x]!, members[y]!);
        const j = Math.max(members[x]!, members[y]!);
        const id = i * n + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * Pairs between two sets only (incoming rows against a file's rows, for
 * import): the smaller side is indexed by blocking key and the other side
 * looks itself up, so pairs inside either set are never formed.
 * Indices are into `left` and `right` respectively.
 */
export function crossPairs(left: readonly MatchProfile[], right: readonly MatchProfile[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  const index = new Map<string, number[]>();
  right.forEach((p, j) => {
    for (const key of new Set(blockingKeys(p))) {
      const block = index.get(key);
      if (block) block.push(j);
      else index.set(key, [j]);
    }
  });
  const leftCounts = new Map<string, number>();
  const leftKeys = left.map((p) => {
    const keys = [...new Set(blockingKeys(p))];
    for (const key of keys) if (index.has(key)) leftCounts.set(key, (leftCounts.get(key) ?? 0) + 1);
    return keys;
  });
  const pairs: Array<[number, number]> = [];
  // Pairs come out row by row of `left`, so repeats are only looked for among this row's
  // (small integers; i * right.length + j would leave the fast integer range on big files).
  const seen = new Set<number>();
  leftKeys.forEach((keys, i) => {
    seen.clear();
    for (const key of keys) {
      const block = index.get(key);
      // The same size limit as within one file, counted over both sides of the key.
      if (!block || block.length + (leftCounts.get(key) ?? 0) > Math.min(maxBlock, blockLimit(key, maxBlock))) continue;
      for (const j of block) {
        if (seen.has(j)) continue;
        seen.add(j);
        pairs.push([i, j]);
      }
    }
  });
  return pairs;
}
