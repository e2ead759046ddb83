import { blockingKeys } from './blockingKeys';
import type { MatchProfile } from './matchProfile';

/** Blocks larger than this say little (a common name, a switchboard) and would cost rows²; their pairs come from other keys. */
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
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > maxBlock) continue;
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
