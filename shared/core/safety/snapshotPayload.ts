import type { CellValue } from '../cell';
import type { SheetDiff } from './sheetDiff';

/** One sheet an operation touched: it existed before (then its diff), or the operation made it (a restore deletes it). */
export interface SheetChange {
  readonly name: string;
  readonly existed: boolean;
  readonly diff: SheetDiff | null;
}

/**
 * A snapshot's content as text cells: JSON (cells typed, so 00123 stays
 * text and 123 a number, dates and error cells as such) cut into pieces of
 * 30,000 characters, one per row of one column. Excel holds 32,767
 * characters a cell, Sheets 50,000
 * (https://support.google.com/drive/answer/37603): the pieces fit both,
 * and a large change costs cells by its size in text, not by the sheet's
 * width times its rows (10 million cells a spreadsheet).
 */
const PIECE = 30_000;

export function encodeSnapshotPayload(changes: readonly SheetChange[]): CellValue[][] {
  const json = JSON.stringify({ v: 2, sheets: changes.map((c) => ({ ...c, diff: c.diff ? encodeDiff(c.diff) : null })) });
  const rows: CellValue[][] = [];
  for (let i = 0; i < json.length; i += PIECE) rows.push([json.slice(i, i + PIECE)]);
  return rows;
}

export function decodeSnapshotPayload(values: readonly (readonly CellValue[])[]): SheetChange[] | null {
  const text = values.map((row) => row[0]).filter((c): c is string => typeof c === 'string').join('');
  try {
    const parsed = JSON.parse(text) as { v: number; sheets: Array<{ name: string; existed: boolean; diff: unknown }> };
    if (parsed.v !== 2 || !Array.isArray(parsed.sheets)) return null;
    return parsed.sheets.map((s) => ({ name: s.name, existed: s.existed, diff: s.diff ? decodeDiff(s.diff as EncodedDiff) : null }));
  } catch {
    return null;
  }
}

type Encoded = string | number | boolean | null | { d: number } | { e: string };
interface EncodedDiff {
  beforeRows: number;
  afterRows: number;
  removed: Array<[number, Encoded[], string[] | null]>;
  changed: Array<[number, number, number, Array<[number, Encoded]>, number, Array<[number, string]>]>;
}

function encodeCell(cell: CellValue): Encoded {
  if (cell instanceof Date) return { d: cell.getTime() };
  if (cell !== null && typeof cell === 'object') return { e: cell.error };
  return cell;
}

function decodeCell(cell: Encoded): CellValue {
  if (cell !== null && typeof cell === 'object') return 'd' in cell ? new Date(cell.d) : { error: cell.e };
  return cell;
}

function encodeDiff(diff: SheetDiff): EncodedDiff {
  return {
    beforeRows: diff.beforeRows,
    afterRows: diff.afterRows,
    removed: diff.removed.map(([i, cells, formats]) => [i, cells.map(encodeCell), formats]),
    changed: diff.changed.map(([i, j, len, cells, flen, formats]) => [i, j, len, cells.map(([c, v]) => [c, encodeCell(v)]), flen, formats.map(([c, f]) => [c, f])]),
  };
}

function decodeDiff(diff: EncodedDiff): SheetDiff {
  return {
    beforeRows: diff.beforeRows,
    afterRows: diff.afterRows,
    removed: diff.removed.map(([i, cells, formats]) => [i, cells.map(decodeCell), formats] as const),
    changed: diff.changed.map(([i, j, len, cells, flen, formats]) => [i, j, len, cells.map(([c, v]) => [c, decodeCell(v)] as const), flen, formats] as const),
  };
}

/** Every text a payload holds (for erasure: a snapshot holding a forgotten customer's values is dropped). */
export function payloadTexts(changes: readonly SheetChange[]): string[] {
  const out: string[] = [];
  const add = (cell: CellValue) => {
    if (typeof cell === 'string' || typeof cell === 'number') out.push(String(cell));
  };
  for (const change of changes) {
    for (const [, cells] of change.diff?.removed ?? []) cells.forEach(add);
    for (const [, , , cells] of change.diff?.changed ?? []) for (const [, v] of cells) add(v);
  }
  return out;
}
