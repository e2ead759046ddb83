import { blockLimit, idCount, isTwoPartKind, RowKeys } from './blockingKeys';
import type { MatchSpace } from './matchSpace';
import type { MatchProfile } from './matchProfile';
import { NumberMap } from './numberMap';

/** No block is larger than this, whatever its kind (see BLOCK_LIMITS): larger ones say little and would cost rows². */
export const MAX_BLOCK = 60;

/** Every pair of rows that share a blocking key, each once, as [i, j] with i < j. */
export function candidatePairs(profiles: readonly MatchProfile[], maxBlock = MAX_BLOCK): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  visitCandidatePairs(profiles, (i, j) => pairs.push([i, j]), maxBlock);
  return pairs;
}

/**
 * candidatePairs' pairs handed to `visit` one by one, none kept: a million
 * rows make millions of pairs, and holding them as [i, j] arrays took
 * hundreds of megabytes only to be read once. Returns how many there were.
 */
export function visitCandidatePairs(profiles: readonly MatchProfile[], visit: (i: number, j: number) => void, maxBlock = MAX_BLOCK): number {
  if (profiles.length === 0) return 0;
  const index = new BlockIndex<number[]>(spaceOf(profiles, profiles[0]!.space));
  const keys = new RowKeys();
  // Each row's blocks, with their kinds, in one list for all rows (row r's from metFrom[r]): the pass below reads them without looking keys up again.
  const met: number[][] = [];
  const metKinds: number[] = [];
  const metFrom = new Int32Array(profiles.length + 1);
  for (let r = 0; r < profiles.length; r++) {
    const p = profiles[r]!;
    keys.read(p);
    for (let k = 0; k < keys.length; k++) {
      let block = index.get(keys.kinds[k]!, keys.keys[k]!);
      if (block) block.push(p.index);
      else index.add(keys.kinds[k]!, keys.keys[k]!, (block = [p.index]));
      met.push(block);
      metKinds.push(keys.kinds[k]!);
    }
    metFrom[r + 1] = met.length;
  }
  // Row by row, each row's blocks (those within their limit) give its partners after it; a pair met
  // again through another key is known by `seenBy[j]`, the last row (plus one) paired with j. A set
  // of pair numbers (i·n + j, past 2^31 for 50,000 rows: heap numbers) cost most of this.
  const seenBy = new Int32Array(profiles.length);
  let count = 0;
  for (let r = 0; r < profiles.length; r++) {
    const i = profiles[r]!.index;
    for (let m = metFrom[r]!; m < metFrom[r + 1]!; m++) {
      const members = met[m]!;
      if (members.length < 2 || members.length > blockLimit(metKinds[m]!, maxBlock)) continue;
      for (const j of members) {
        if (j <= i || seenBy[j] === i + 1) continue;
        seenBy[j] = i + 1;
        count++;
        visit(i, j);
      }
    }
  }
  return count;
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
 * array by id (no hashing at all), a two-part kind in a NumberMap.
 */
class BlockIndex<T> {
  private readonly byId: Array<Array<T | undefined>> = [];
  private readonly byNumber: Array<NumberMap<T>> = [];

  constructor(private readonly space: MatchSpace) {}

  get(kind: number, key: number): T | undefined {
    return isTwoPartKind(kind) ? this.byNumber[kind]?.get(key) : this.byId[kind]?.[key];
  }

  add(kind: number, key: number, block: T): void {
    if (isTwoPartKind(kind)) {
      let map = this.byNumber[kind];
      if (map === undefined) this.byNumber[kind] = map = new NumberMap();
      map.add(key, block);
    } else {
      let list = this.byId[kind];
      // Sized up front: ids may come in any order, and a write far past an array's end makes it a slow sparse one.
      if (list === undefined) this.byId[kind] = list = new Array<T | undefined>(idCount(this.space, kind)).fill(undefined);
      list[key] = block;
    }
  }
}
