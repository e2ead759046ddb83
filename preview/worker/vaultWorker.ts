/// <reference lib="webworker" />
import { cellToText } from '../../shared/core/normalize/cellToText';
import type { CellMark } from '../../shared/core/port/workbookPort';
import type { RowWindow, SheetListing, SheetState, StagedChange, VaultReply, VaultRequest, VaultRestore } from './protocol';

/**
 * The preview's vault worker: the workbook as last accepted by the page.
 * It serves the grid's rows (so the grid stays live while the compute worker
 * is busy) and, after a Cancel, gives the new compute worker this copy, so a
 * cancelled command leaves the workbook exactly as it was.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
interface Held { state: SheetState; columns: number; marks: Map<number, CellMark[]> }

let order: string[] = [];
const sheets = new Map<string, Held>();
const staged = new Map<number, StagedChange>();
const accepted = new Set<number>();
const dropped = new Set<number>();
let version = 0;
const post = (message: VaultReply) => scope.postMessage(message);

function hold(state: SheetState): Held {
  let columns = 0;
  for (const row of state.values) if (row.length > columns) columns = row.length;
  const marks = new Map<number, CellMark[]>();
  for (const mark of state.marks) {
    const list = marks.get(mark.row);
    if (list) list.push(mark);
    else marks.set(mark.row, [mark]);
  }
  return { state, columns, marks };
}

function apply(change: StagedChange): void {
  if (change.replace) sheets.clear();
  for (const state of change.sheets) sheets.set(state.name, hold(state));
  for (const name of [...sheets.keys()]) if (!change.order.includes(name)) sheets.delete(name);
  order = change.order.filter((n) => sheets.has(n));
  version++;
  post({ type: 'committed', version });
}

function onStage(change: StagedChange): void {
  if (dropped.has(change.id)) return;
  if (accepted.delete(change.id)) apply(change);
  else staged.set(change.id, change);
}

function rows(sheet: string, from: number, count: number): RowWindow {
  const held = sheets.get(sheet);
  if (!held) return { sheet, from, rows: [], marks: [] };
  const slice = held.state.values.slice(from, from + count);
  const marks: CellMark[] = [];
  for (let r = from; r < from + slice.length; r++) marks.push(...(held.marks.get(r) ?? []));
  return { sheet, from, rows: slice.map((row) => Array.from({ length: held.columns }, (_, c) => cellToText(row[c] ?? null))), marks };
}

scope.onmessage = (event: MessageEvent<VaultRequest>) => {
  const request = event.data;
  if (request.type === 'connect') {
    if (request.cancelled !== null) {
      dropped.add(request.cancelled);
      staged.delete(request.cancelled);
      accepted.delete(request.cancelled);
    }
    request.compute.onmessage = (e: MessageEvent<{ type: 'stage'; change: StagedChange }>) => onStage(e.data.change);
    const restore: VaultRestore = { type: 'restore', order, sheets: order.map((n) => sheets.get(n)!.state) };
    request.compute.postMessage(restore);
  } else if (request.type === 'accept') {
    const change = staged.get(request.id);
    if (change) {
      staged.delete(request.id);
      apply(change);
    } else accepted.add(request.id);
  } else if (request.type === 'sheets') {
    const listing: SheetListing[] = order.map((name) => {
      const held = sheets.get(name)!;
      return { name, hidden: held.state.hidden, rows: held.state.values.length, columns: held.columns };
    });
    post({ type: 'sheets', id: request.id, sheets: listing, version });
  } else {
    post({ type: 'rows', id: request.id, window: rows(request.sheet, request.from, request.count), version });
  }
};
