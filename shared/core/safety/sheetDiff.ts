import { sameCellValue, type CellValue } from '../cell';

/**
 * What an operation changed on one sheet, kept so Undo can put it back:
 * the rows it removed (whole) and, for rows it kept, only the cells whose
 * value or number format changed. Rows the operation added are simply
 * dropped again on restore. Far smaller than a copy of the sheet: a fix of
 * 30,000 phones keeps 30,000 cells, not the sheet's 2.6 million.
 */
export interface SheetDiff {
  /** Rows (and formats' rows) before the operation. */
  readonly beforeRows: number;
  /** Rows after it; a restore refuses a sheet that has fewer now (someone deleted rows). */
  readonly afterRows: number;
  /** Removed rows: [row before, cells, formats or null]. */
  readonly removed: ReadonlyArray<readonly [number, CellValue[], string[] | null]>;
  /** Kept rows that changed: [row before, row after, length before, changed cells [col, value], formats length before, changed formats [col, format]]. */
  readonly changed: ReadonlyArray<readonly [number, number, number, Array<readonly [number, CellValue]>, number, Array<readonly [number, string]>]>;
}

type Grid = readonly (readonly CellValue[])[];
type Formats = readonly (readonly string[])[] | undefined;

/** How far ahead to look for the row that lines up after a removed (or added) run. */
const LOOKAHEAD = 64;

/**
 * Lines the rows up in order (operations remove rows, change cells in place
 * and append; they never reorder), so a restore rebuilds the sheet from
 * the rows there now plus this diff, exactly, whatever the alignment found.
 */
export function diffSheet(before: Grid, beforeFormats: Formats, after: Grid, afterFormats: Formats): SheetDiff {
  const removed: Array<readonly [number, CellValue[], string[] | null]> = [];
  const changed: Array<readonly [number, number, number, Array<readonly [number, CellValue]>, number, Array<readonly [number, string]>]> = [];
  // A kept row is listed when it changed, or when rows were added just before it (a restore must know where it is now).
  let previous = -1;
  const keep = (i: number, j: number) => {
    const moved = j !== previous + 1;
    previous = j;
    const cells = changedCells(before[i]!, after[j]!, sameCellValue, null);
    const fb = beforeFormats?.[i] ?? [];
    const fa = afterFormats?.[j] ?? [];
    const formats = changedCells(fb, fa, (a, b) => a === b, '');
    if (moved || cells.length > 0 || formats.length > 0 || before[i]!.length !== after[j]!.length || fb.length !== fa.length) {
      changed.push([i, j, before[i]!.length, cells, fb.length, formats]);
    }
  };
  let i = 0;
  let j = 0;
  while (i < before.length) {
    if (j >= after.length) {
      removed.push([i, before[i]!.slice(), beforeFormats?.[i]?.slice() ?? null]);
      i++;
      continue;
    }
    if (sameRow(before[i]!, after[j]!)) {
      keep(i++, j++);
      continue;
    }
    const skipBefore = lookahead(before, i, after[j]!);
    if (skipBefore > 0) {
      for (let k = 0; k < skipBefore; k++, i++) removed.push([i, before[i]!.slice(), beforeFormats?.[i]?.slice() ?? null]);
      continue;
    }
    const skipAfter = lookahead(after, j, before[i]!);
    if (skipAfter > 0) {
      j += skipAfter;
      continue;
    }
    // A block longer than the lookahead went in (an import above a totals row) or out: the rows below line up at the tails' offset.
    const tail = after.length - j - (before.length - i);
    if (tail > LOOKAHEAD && sameRow(after[j + tail]!, before[i]!)) {
      j += tail;
      continue;
    }
    if (-tail > LOOKAHEAD && sameRow(before[i - tail]!, after[j]!)) {
      for (let k = 0; k < -tail; k++, i++) removed.push([i, before[i]!.slice(), beforeFormats?.[i]?.slice() ?? null]);
      continue;
    }
    if (similar(before[i]!, after[j]!)) keep(i++, j++);
    else {
      removed.push([i, before[i]!.slice(), beforeFormats?.[i]?.slice() ?? null]);
      i++;
    }
  }
  return { beforeRows: before.length, afterRows: after.length, removed, changed };
}

/**
 * The sheet as it was before the operation, from the rows there now: every
 * row that lined up, with its changed cells put back, and every removed row
 * in its place. Rows added after `afterRows` (typed in since) are kept at
 * the end, so nobody's later customers are lost.
 */
export function reverseDiff(diff: SheetDiff, now: Grid, nowFormats: Formats): { values: CellValue[][]; formats: string[][] } {
  const values: CellValue[][] = new Array(diff.beforeRows);
  const formats: string[][] = new Array(diff.beforeRows);
  const filled = new Uint8Array(diff.beforeRows);
  for (const [i, cells, fmts] of diff.removed) {
    values[i] = cells.slice();
    formats[i] = fmts ? fmts.slice() : [];
    filled[i] = 1;
  }
  const changes = new Map(diff.changed.map((c) => [c[0], c]));
  let j = 0;
  for (let i = 0; i < diff.beforeRows; i++) {
    if (filled[i]) continue;
    const change = changes.get(i);
    if (change) j = change[1];
    const row = resize(now[j] ?? [], change ? change[2] : (now[j] ?? []).length, null);
    const fmts = resize(nowFormats?.[j] ?? [], change ? change[4] : (nowFormats?.[j] ?? []).length, '');
    if (change) {
      for (const [c, v] of change[3]) row[c] = v;
      for (const [c, f] of change[5]) fmts[c] = f;
    }
    values[i] = row;
    formats[i] = fmts;
    j++;
  }
  for (let r = diff.afterRows; r < now.length; r++) {
    values.push(now[r]!.slice());
    formats.push(nowFormats?.[r]?.slice() ?? []);
  }
  return { values, formats };
}

function resize<T>(row: readonly T[], length: number, blank: T): T[] {
  const out = row.slice(0, length);
  while (out.length < length) out.push(blank);
  return out;
}

function changedCells<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean, blank: T): Array<readonly [number, T]> {
  const out: Array<readonly [number, T]> = [];
  for (let c = 0; c < a.length; c++) if (!same(a[c] ?? blank, b[c] ?? blank)) out.push([c, a[c] ?? blank]);
  return out;
}

function sameRow(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let c = 0; c < n; c++) if (!sameCellValue(a[c] ?? null, b[c] ?? null)) return false;
  return true;
}

/** Half the cells alike: the same row with some cells changed, not another customer. */
function similar(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  const n = Math.max(a.length, b.length);
  let same = 0;
  let filled = 0;
  for (let c = 0; c < n; c++) {
    const x = a[c] ?? null;
    const y = b[c] ?? null;
    if (x === null && y === null) continue;
    filled++;
    if (sameCellValue(x, y)) same++;
  }
  return filled === 0 || same * 2 >= filled;
}

/** k > 0 when rows[from + k] is exactly `row` (so rows[from .. from + k) were removed or added). */
function lookahead(rows: Grid, from: number, row: readonly CellValue[]): number {
  for (let k = 1; k <= LOOKAHEAD && from + k < rows.length; k++) if (sameRow(rows[from + k]!, row)) return k;
  return 0;
}

/** For each row after the operation that lined up with one before, that row's index before (else -1). */
export function rowsBefore(diff: SheetDiff): Int32Array {
  const map = new Int32Array(diff.afterRows).fill(-1);
  const gone = new Set(diff.removed.map((r) => r[0]));
  const moved = new Map(diff.changed.map((c) => [c[0], c[1]]));
  let j = 0;
  for (let i = 0; i < diff.beforeRows; i++) {
    if (gone.has(i)) continue;
    j = moved.get(i) ?? j;
    if (j < map.length) map[j] = i;
    j++;
  }
  return map;
}
