import { blockingKeys, blockLimit } from './blockingKeys';
import type { MatchProfile } from './matchProfile';

/** No block is larger than this, whatever its kind (see BLOCK_LIMITS): larger ones say little and would cost rows². */
export const MAX_BLOCK = 60;

/** Every pair of rows that share a blocking key, each once, as [i, j] with i < j. */
export function candidatePairs(profiles: readonly MatchProfile[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  for (const p of profiles) {
    for (const key of distinctKeys(p)) {
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
 * looks itself up, so pairs inside either set are never formed. Each pair
 * is handed to `visit` once, as indices into `left` and `right`, row by row
 * of `left` (an import meets hundreds of thousands: none is kept).
 */
export function crossPairs(left: readonly MatchProfile[], right: readonly MatchProfile[], visit: (i: number, j: number) => void, maxBlock = MAX_BLOCK): void {
  const index = new Map<string, CrossBlock>();
  right.forEach((p, j) => {
    for (const key of distinctKeys(p)) {
      const block = index.get(key);
      if (block) block.right.push(j);
      else index.set(key, { right: [j], left: 0, limit: Math.min(maxBlock, blockLimit(key, maxBlock)) });
    }
  });
  // Each left row looks its keys up once; the blocks it meets are kept, and counted, for the pass below.
  const met: CrossBlock[][] = left.map((p) => {
    const blocks: CrossBlock[] = [];
    for (const key of blockingKeys(p)) {
      const block = index.get(key);
      if (block === undefined || blocks.includes(block)) continue;
      block.left += 1;
      blocks.push(block);
    }
    return blocks;
  });
  // Repeats are only looked for among one row's pairs
  // (small integers; i * right.length + j would leave the fast integer range on big files).
  const seen = new Set<number>();
  met.forEach((blocks, i) => {
    seen.clear();
    for (const block of blocks) {
      // The same size limit as within one file, counted over both sides of the key.
      if (block.right.length + block.left > block.limit) continue;
      for (const j of block.right) {
        if (seen.has(j)) continue;
        seen.add(j);
        visit(i, j);
      }
    }
  });
}

/** The right-hand rows under one key, and how many left-hand rows share it. */
interface CrossBlock {
  readonly right: number[];
  left: number;
  readonly limit: number;
}

/** A row's keys without repeats; a row has a handful, so a scan beats building a set for each of 100,000 rows. */
function distinctKeys(p: MatchProfile): string[] {
  const keys = blockingKeys(p);
  return keys.filter((key, k) => keys.indexOf(key) === k);
}
