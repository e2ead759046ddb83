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
export function visitCandidatePairs(
  profiles: readonly MatchProfile[],
  visit: (i: number, j: number) => void,
  maxBlock = MAX_BLOCK,
  onProgress?: (done: number, total: number) => void,
): number {
  const n = profiles.length;
  if (n === 0) return 0;
  // Blocks are numbered and held in typed arrays, not as an array each: most keys (a phone, an e-mail, a
  // name with a birthday) are one row's alone, and a million rows made millions of one-member arrays.
  const numbers = new BlockNumbers(spaceOf(profiles, profiles[0]!.space));
  const keys = new RowKeys();
  // Each row's block numbers, in one list (row r's from rowFrom[r]), and each block's size and limit.
  let rowBlocks = new Int32Array(n * 8);
  const rowFrom = new Int32Array(n + 1);
  let sizes = new Int32Array(1024);
  let limits = new Int32Array(1024);
  let used = 0;
  for (let r = 0; r < n; r++) {
    keys.read(profiles[r]!);
    for (let k = 0; k < keys.length; k++) {
      const kind = keys.kinds[k]!;
      const block = numbers.of(kind, keys.keys[k]!);
      if (block === sizes.length) {
        sizes = grown(sizes);
        limits = grown(limits);
      }
      if (sizes[block] === 0) limits[block] = blockLimit(kind, maxBlock);
      sizes[block]! += 1;
      if (used === rowBlocks.length) rowBlocks = grown(rowBlocks);
      rowBlocks[used++] = block;
    }
    rowFrom[r + 1] = used;
  }
  // Each block's members, in row order, in one list: block b's from start[b] to start[b + 1].
  const blocks = numbers.count;
  const start = new Int32Array(blocks + 1);
  for (let b = 0; b < blocks; b++) start[b + 1] = start[b]! + sizes[b]!;
  const members = new Int32Array(used);
  const next = start.slice(0, blocks);
  for (let r = 0; r < n; r++) {
    const index = profiles[r]!.index;
    for (let m = rowFrom[r]!; m < rowFrom[r + 1]!; m++) members[next[rowBlocks[m]!]!++] = index;
  }
  // Row by row, each row's blocks (those within their limit) give its partners after it; a pair met
  // again through another key is known by `seenBy[j]`, the last row (plus one) paired with j. A set
  // of pair numbers (i·n + j, past 2^31 for 50,000 rows: heap numbers) cost most of this.
  const seenBy = new Int32Array(n);
  let count = 0;
  for (let r = 0; r < n; r++) {
    // Rows compared of rows, for a progress bar: a few dozen reports whatever the size.
    if (onProgress && r % PROGRESS_EVERY === 0) onProgress(r, n);
    const i = profiles[r]!.index;
    for (let m = rowFrom[r]!; m < rowFrom[r + 1]!; m++) {
      const block = rowBlocks[m]!;
      const from = start[block]!;
      const to = start[block + 1]!;
      if (to - from < 2 || to - from > limits[block]!) continue;
      for (let x = from; x < to; x++) {
        const j = members[x]!;
        if (j <= i || seenBy[j] === i + 1) continue;
        seenBy[j] = i + 1;
        count++;
        visit(i, j);
      }
    }
  }
  onProgress?.(n, n);
  return count;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 2_048;

function grown(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** Block numbers 0, 1, 2… for (kind, key), in the order first met: by id in an Int32Array for one-part kinds, in a NumberMap for two-part ones. */
class BlockNumbers {
  private readonly byId: Int32Array[] = [];
  private readonly byNumber: Array<NumberMap<number>> = [];
  count = 0;

  constructor(private readonly space: MatchSpace) {}

  of(kind: number, key: number): number {
    if (isTwoPartKind(kind)) {
      let map = this.byNumber[kind];
      if (map === undefined) this.byNumber[kind] = map = new NumberMap();
      let block = map.get(key);
      if (block === undefined) map.add(key, (block = this.count++));
      return block;
    }
    let list = this.byId[kind];
    // Sized once: every id of a one-part kind is given before keys are read.
    if (list === undefined) this.byId[kind] = list = new Int32Array(idCount(this.space, kind)).fill(-1);
    let block = list[key]!;
    if (block === -1) list[key] = block = this.count++;
    return block;
  }
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
