import type { CellValue } from '../cell';
import { DossierError } from '../errors';
import type { WorkbookPort } from '../port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../state/workbookState';

/**
 * Restorable copies taken before any operation changes cells. Each captured
 * sheet's values (and number formats, where the port reads them) go to
 * hidden sheets; the index lives in the workbook state. A sheet that did not
 * exist before the operation (e.g. `Merged`) is recorded as absent, so a
 * restore removes it again.
 */
export interface SnapshotSheet {
  readonly name: string;
  readonly existed: boolean;
  readonly copy: string | null;
  readonly formatsCopy: string | null;
  readonly rows: number;
}

export interface Snapshot {
  readonly id: number;
  /** ISO timestamp, injected by the caller. */
  readonly time: string;
  readonly operation: string;
  readonly sheets: readonly SnapshotSheet[];
}

const INDEX_KEY = 'snapshots';
export const DEFAULT_SNAPSHOTS_KEPT = 10;

export async function listSnapshots(port: WorkbookPort): Promise<Snapshot[]> {
  const index = (await readWorkbookState(port))[INDEX_KEY];
  return Array.isArray(index) ? (index as Snapshot[]) : [];
}

export interface TakeSnapshotOptions {
  readonly operation: string;
  readonly now: string;
  /** Sheets to capture; pass the values already read to save a round trip. */
  readonly sheets: ReadonlyArray<{ name: string; values?: readonly (readonly CellValue[])[] }>;
  readonly keep?: number;
}

export async function takeSnapshot(port: WorkbookPort, options: TakeSnapshotOptions): Promise<Snapshot> {
  const existing = await listSnapshots(port);
  const present = new Set((await port.listSheets()).map((s) => s.name));
  const id = existing.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  const sheets: SnapshotSheet[] = [];
  for (const [k, sheet] of options.sheets.entries()) {
    if (!present.has(sheet.name)) {
      sheets.push({ name: sheet.name, existed: false, copy: null, formatsCopy: null, rows: 0 });
      continue;
    }
    const data = port.writeFormats
      ? await port.readSheet(sheet.name, { formats: true })
      : { values: sheet.values ?? (await port.readSheet(sheet.name)).values, formats: undefined };
    const copy = `_dossier_snap_${id}_${k}`;
    await port.addSheet(copy, { hidden: true });
    await port.replaceValues(copy, data.values.map((row) => [...row]));
    let formatsCopy: string | null = null;
    if (data.formats?.some((row) => row.some((f) => f !== '' && f !== 'General'))) {
      formatsCopy = `${copy}f`;
      await port.addSheet(formatsCopy, { hidden: true });
      await port.replaceValues(formatsCopy, data.formats.map((row) => [...row]));
    }
    sheets.push({ name: sheet.name, existed: true, copy, formatsCopy, rows: data.values.length });
  }
  const snapshot: Snapshot = { id, time: options.now, operation: options.operation, sheets };
  const keep = options.keep ?? DEFAULT_SNAPSHOTS_KEPT;
  const all = [...existing, snapshot];
  const dropped = all.slice(0, Math.max(0, all.length - keep));
  for (const old of dropped) await deleteCopies(port, old);
  await writeWorkbookState(port, INDEX_KEY, all.slice(dropped.length));
  return snapshot;
}

/** Puts every captured sheet back exactly as it was (values, then formats). */
export async function restoreSnapshot(port: WorkbookPort, id: number): Promise<Snapshot> {
  const snapshot = (await listSnapshots(port)).find((s) => s.id === id);
  if (!snapshot) {
    throw new DossierError('snapshot.notFound', { en: `There is no snapshot ${id} to restore.`, zh: `没有可恢复的快照 ${id}。` });
  }
  const present = new Set((await port.listSheets()).map((s) => s.name));
  for (const sheet of snapshot.sheets) {
    if (!sheet.existed) {
      if (present.has(sheet.name)) await port.deleteSheet(sheet.name);
      continue;
    }
    if (!present.has(sheet.name)) await port.addSheet(sheet.name);
    const { values } = await port.readSheet(sheet.copy!);
    await port.replaceValues(sheet.name, values.map((row) => [...row]));
    if (sheet.formatsCopy && port.writeFormats) {
      const formats = (await port.readSheet(sheet.formatsCopy)).values.map((row) => row.map((f) => (typeof f === 'string' ? f : '')));
      if (formats.length) await port.writeFormats(sheet.name, 0, 0, formats);
    }
  }
  return snapshot;
}

/** Undo: restores the newest snapshot and drops it, so a second undo goes one step further back. */
export async function undoLast(port: WorkbookPort): Promise<Snapshot | null> {
  const snapshots = await listSnapshots(port);
  const last = snapshots[snapshots.length - 1];
  if (!last) return null;
  await restoreSnapshot(port, last.id);
  await deleteCopies(port, last);
  await writeWorkbookState(port, INDEX_KEY, snapshots.slice(0, -1));
  return last;
}

async function deleteCopies(port: WorkbookPort, snapshot: Snapshot): Promise<void> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  for (const sheet of snapshot.sheets) {
    for (const name of [sheet.copy, sheet.formatsCopy]) if (name && present.has(name)) await port.deleteSheet(name);
  }
}
