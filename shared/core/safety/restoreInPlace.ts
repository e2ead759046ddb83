import { sameCellValue, type CellValue } from '../cell';
import { writeColumnSpans } from '../operations/writeColumnSpans';
import { rowRuns } from '../port/rowRuns';
import type { SheetData, WorkbookPort } from '../port/workbookPort';
import { reverseDiff, rowsBefore, type SheetDiff } from './sheetDiff';

/**
 * Undoes one operation on one sheet by the smallest edits a person would
 * make: the rows it added are deleted, the rows it removed are inserted
 * back in their places, and only the cells it changed are written back. So
 * what it did not touch stays as it is: a totals row keeps its SUM formula
 * (its range follows the rows), and a formula column keeps its formulas.
 * `customers` (the rows the customers spanned before, from customerBlock)
 * lets rows put back at either end of them land inside a totals row's SUM.
 * When rows must go in or out and the host cannot insert and delete rows,
 * nothing is done and it returns false (the caller rewrites the sheet).
 */
export async function restoreInPlace(
  port: WorkbookPort,
  name: string,
  diff: SheetDiff,
  now: SheetData,
  customers: { readonly first: number; readonly last: number } | null = null,
  /** The sheet as it was, when the caller has worked it out already (reverseDiff). */
  back: { values: CellValue[][]; formats: string[][] } = reverseDiff(diff, now.values, now.formats),
): Promise<boolean> {
  const beforeOf = rowsBefore(diff);
  const nowOf = new Int32Array(diff.beforeRows).fill(-1);
  const added: number[] = [];
  for (let j = 0; j < Math.min(diff.afterRows, now.values.length); j++) {
    if (beforeOf[j]! >= 0) nowOf[beforeOf[j]!] = j;
    else added.push(j);
  }
  const removed = diff.removed.map(([i]) => i);
  if ((added.length > 0 || removed.length > 0) && (!port.deleteRows || !port.insertRowsAt)) return false;

  // Where the empty rows go in. A host widens a range (a totals row's SUM) only for rows inserted inside it, not at its
  // first row nor just below its last: a run that was the customers' first rows goes in under the next customer, one that
  // was their last rows goes in above the customer before; that neighbour's values are then written one row up or down.
  const blanks = new Set<number>();
  for (const run of rowRuns(removed)) {
    const end = run.start + run.count;
    let at = run.start;
    if (customers && run.start === customers.first && end <= customers.last) at = run.start + 1;
    else if (customers && end - 1 === customers.last && run.start - 1 >= customers.first && !blanks.has(run.start - 1)) at = run.start - 1;
    for (let k = 0; k < run.count; k++) blanks.add(at + k);
  }

  // The sheet once the rows are out and in: kept rows in their order with the blank rows among them, rows typed in since below.
  const kept: number[] = [];
  for (let i = 0; i < diff.beforeRows; i++) if (nowOf[i]! >= 0) kept.push(nowOf[i]!);
  for (let j = diff.afterRows; j < now.values.length; j++) kept.push(j);
  const shaped: Array<readonly CellValue[]> = [];
  const shapedFormats: Array<readonly string[]> = [];
  for (let next = 0; next < kept.length || blanks.has(shaped.length); ) {
    if (blanks.has(shaped.length)) {
      shaped.push([]);
      shapedFormats.push([]);
      continue;
    }
    const j = kept[next++]!;
    shaped.push(now.values[j] ?? []);
    shapedFormats.push(now.formats?.[j] ?? []);
  }

  if (added.length > 0) await port.deleteRows!(name, added);
  if (blanks.size > 0) await port.insertRowsAt!(name, [...blanks]);

  const changes = new Map<number, Array<{ row: number; value: CellValue }>>();
  for (let r = 0; r < back.values.length; r++) {
    const want = back.values[r]!;
    const have = shaped[r] ?? [];
    for (let c = 0; c < Math.max(want.length, have.length); c++) {
      const value = want[c] ?? null;
      if (sameCellValue(value, have[c] ?? null)) continue;
      let column = changes.get(c);
      if (!column) changes.set(c, (column = []));
      column.push({ row: r + 1, value });
    }
  }
  await writeColumnSpans(port, name, shaped, changes);
  // A host may set a cell's number format as it writes a value (Excel: text as `@`): the cells written get their formats back too.
  if (now.formats && port.writeFormats) await writeChangedFormats(port, name, shapedFormats, back.formats, changes);
  return true;
}

/** Number formats put back in one block around the cells whose format the operation changed (a format holds no formula). */
async function writeChangedFormats(
  port: WorkbookPort,
  name: string,
  have: ReadonlyArray<readonly string[]>,
  want: readonly string[][],
  written: ReadonlyMap<number, ReadonlyArray<{ row: number }>>,
): Promise<void> {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (const [c, cells] of written) {
    for (const { row } of cells) {
      if (want[row - 1]?.[c] === undefined) continue;
      top = Math.min(top, row - 1);
      bottom = Math.max(bottom, row - 1);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  for (let r = 0; r < want.length; r++) {
    const line = want[r]!;
    const old = have[r] ?? [];
    // Cells beyond the formats the snapshot kept for a row have no recorded format: left as they are.
    for (let c = 0; c < line.length; c++) {
      if (line[c] === (old[c] ?? '')) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (bottom < 0) return;
  const block: string[][] = [];
  for (let r = top; r <= bottom; r++) block.push(Array.from({ length: right - left + 1 }, (_, c) => want[r]?.[left + c] ?? have[r]?.[left + c] ?? ''));
  await port.writeFormats!(name, top, left, block);
}
