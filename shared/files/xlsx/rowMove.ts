import type { FormulaReference, ReferenceChange } from './mapFormulaReferences';

/**
 * Where each row of a source sheet went when rows were inserted or deleted
 * (a merge, an import above a totals row), from the memory sheet's row
 * origins: what the writer needs to copy a moved row and to adjust every
 * reference to a row, as Excel does when rows are inserted or deleted.
 */
export interface RowMove {
  /** No row moved: rows are written where they were read. */
  readonly identity: boolean;
  /** The 0-based row a source row is written at, -1 when it was removed. */
  targetOf(sourceRow: number): number;
  /** A reference in a formula or a range list, adjusted for the move (the sheet's own references only). */
  shift(ref: FormulaReference): ReferenceChange;
}

/**
 * `origin[r]` is the source row that row r of the sheet is (-1: added);
 * null when no row moved. Rows must keep their order (inserting and
 * deleting do): a row out of order counts as added.
 */
export function rowMoveOf(origin: readonly number[] | null, sourceRows: number, sheetName: string): RowMove {
  const target = new Int32Array(sourceRows).fill(-1);
  let identity = origin === null;
  if (origin !== null) {
    let last = -1;
    for (let r = 0; r < origin.length; r++) {
      const k = origin[r]!;
      if (k <= last || k >= sourceRows) continue;
      target[k] = r;
      last = k;
    }
    identity = true;
    for (let k = 0; k < sourceRows && identity; k++) if (target[k] !== k) identity = false;
  } else for (let k = 0; k < sourceRows; k++) target[k] = k;
  // Rows below the source's last keep their distance to its last kept row (a reference to an empty row under the data).
  let lastKept = sourceRows - 1;
  while (lastKept >= 0 && target[lastKept]! < 0) lastKept--;
  const tail = lastKept >= 0 ? target[lastKept]! - lastKept : 0;
  /** 1-based row in, 1-based row out; 0 when the row was removed. */
  const to = (row: number): number => (row > sourceRows ? row + tail : target[row - 1]! + 1);
  const own = sheetName.toLowerCase();
  return {
    identity,
    targetOf: (k) => target[k]!,
    shift(ref) {
      if (identity || (ref.sheet !== null && ref.sheet.toLowerCase() !== own)) return null;
      const { first, last } = ref;
      if (first.row === 0) return null; // whole columns
      if (!last) {
        const row = to(first.row);
        if (row === 0) return 'gone';
        return row === first.row ? null : { first: { ...first, row }, last: null };
      }
      // A range keeps the rows left of it: its first end moves down past removed rows, its last end up.
      const down = first.row <= last.row;
      const lo = Math.min(first.row, last.row);
      const hi = Math.max(first.row, last.row);
      let from = lo;
      while (from <= hi && to(from) === 0) from++;
      let until = hi;
      while (until >= from && to(until) === 0) until--;
      if (from > hi || until < from) return 'gone';
      const newLo = to(from);
      const newHi = to(until);
      if (newLo === lo && newHi === hi) return null;
      return down ? { first: { ...first, row: newLo }, last: { ...last, row: newHi } } : { first: { ...first, row: newHi }, last: { ...last, row: newLo } };
    },
  };
}
