import { blockLimit, idCount, isTwoPartKind, RowKeys } from './blockingKeys';
import type { MatchSpace } from './matchSpace';
import type { MatchProfile } from './matchProfile';

/** No block is larger than this, whatever its kind (see BLOCK_LIMITS): larger ones say little and would cost rows². */
export const MAX_BLOCK = 60;

/** Every pair of rows that share a blocking key, each once, as [i, j] with i < j. */
export function candidatePairs(profiles: readonly MatchProfile[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  if (profiles.length === 0) return [];
  const index = new BlockIndex<number[]>(spaceOf(profiles, profiles[0]!.space));
  const keys = new RowKeys();
  for (const p of profiles) {
    keys.read(p);
    for (let k = 0; k < keys.length; k++) {
      const block = index.get(keys.kinds[k]!, keys.keys[k]!);
      if (block) block.push(p.index);
      else index.add(keys.kinds[k]!, keys.keys[k]!, [p.index]);
    }
  }
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = profiles.length;
  index.forEach((kind, members) => {
    if (members.length < 2 || members.length > blockLimit(kind, maxBlock)) return;
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
  });
  return pairs;
}

/**
 * Pairs between two sets only (incoming rows against a file's rows, for
 * import): the smaller side is indexed by blocking key and the other side
 * looks itself up, so pairs inside either set are never formed. Each pair
 * is handed to `visit` once, as indices into `left` and `right`, row by row
 * of `left` (an import meets hundreds of thousands: none is kept). Both
 * sides' profiles come from one space.
 */
export function crossPairs(left: readonly MatchProfile[], right: readonly MatchProfile[], visit: (i: number, j: number) => void, maxBlock = MAX_BLOCK): void {
  if (left.length === 0 || right.length === 0) return;
  const index = new BlockIndex<CrossBlock>(spaceOf(right, spaceOf(left, left[0]!.space)));
  const keys = new RowKeys();
  for (let j = 0; j < right.length; j++) {
    keys.read(right[j]!);
    for (let k = 0; k < keys.length; k++) {
      const block = index.get(keys.kinds[k]!, keys.keys[k]!);
      if (block) block.right.push(j);
      else index.add(keys.kinds[k]!, keys.keys[k]!, { right: [j], left: 0, limit: blockLimit(keys.kinds[k]!, maxBlock) });
    }
  }
  // Each left row looks its keys up once; the blocks it meets are kept, and counted, for the pass below
  // (in one list for all rows, `metFrom[i]` where row i's start: not an array per row).
  const met: CrossBlock[] = [];
  const metFrom = new Int32Array(left.length + 1);
  for (let i = 0; i < left.length; i++) {
    keys.read(left[i]!);
    for (let k = 0; k < keys.length; k++) {
      const block = index.get(keys.kinds[k]!, keys.keys[k]!);
      if (block === undefined) continue;
      block.left += 1;
      met.push(block);
    }
    metFrom[i + 1] = met.length;
  }
  // Repeats are only looked for among one row's pairs: `seenBy[j]` is the last left row (plus one) paired with j.
  const seenBy = new Int32Array(right.length);
  for (let i = 0; i < left.length; i++) {
    for (let m = metFrom[i]!; m < metFrom[i + 1]!; m++) {
      const block = met[m]!;
      // The same size limit as within one file, counted over both sides of the key.
      if (block.right.length + block.left > block.limit) continue;
      for (const j of block.right) {
        if (seenBy[j] === i + 1) continue;
        seenBy[j] = i + 1;
        visit(i, j);
      }
    }
  }
}

/** The right-hand rows under one key, and how many left-hand rows share it. */
interface CrossBlock {
  readonly right: number[];
  left: number;
  readonly limit: number;
}

/** The profiles' space, which must be `space`: ids from two spaces mean nothing to each other (strangers would pair, duplicates be missed). */
function spaceOf(profiles: readonly MatchProfile[], space: MatchSpace): MatchSpace {
  for (const p of profiles) if (p.space !== space) throw new Error('Profiles from different match spaces cannot be compared.');
  return space;
}

/**
 * Blocks by kind and key: a kind whose keys are ids keeps its blocks in an
 * array by id (no hashing at all), a two-part kind in a map by number.
 * Every block is also listed in the order it was first met, so pairs come
 * out in the same order every run.
 */
class BlockIndex<T> {
  private readonly byId: Array<Array<T | undefined>> = [];
  private readonly byNumber: Array<Map<number, T>> = [];
  private readonly kinds: number[] = [];
  private readonly blocks: T[] = [];

  constructor(private readonly space: MatchSpace) {}

  get(kind: number, key: number): T | undefined {
    return isTwoPartKind(kind) ? this.byNumber[kind]?.get(key) : this.byId[kind]?.[key];
  }

  add(kind: number, key: number, block: T): void {
    if (isTwoPartKind(kind)) {
      let map = this.byNumber[kind];
      if (map === undefined) this.byNumber[kind] = map = new Map();
      map.set(key, block);
    } else {
      let list = this.byId[kind];
      // Sized up front: ids may come in any order, and a write far past an array's end makes it a slow sparse one.
      if (list === undefined) this.byId[kind] = list = new Array<T | undefined>(idCount(this.space, kind)).fill(undefined);
      list[key] = block;
    }
    this.kinds.push(kind);
    this.blocks.push(block);
  }

  forEach(visit: (kind: number, block: T) => void): void {
    for (let b = 0; b < this.blocks.length; b++) visit(this.kinds[b]!, this.blocks[b]!);
  }
}
