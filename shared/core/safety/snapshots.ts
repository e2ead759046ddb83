import type { CellValue } from '../cell';
import { DossierError } from '../errors';
import type { WorkbookPort } from '../port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../state/workbookState';
import { decodeSnapshotPayload, encodeSnapshotPayload, type SheetChange } from './snapshotPayload';
import { customerBlock } from '../table/customerBlock';
import type { Template } from '../template/templateSchema';
import { readWorkbookTemplate } from '../template/workbookTemplate';
import { restoreInPlace } from './restoreInPlace';
import { reverseDiff } from './sheetDiff';

/**
 * What Undo needs, kept after every operation that changes cells: per sheet
 * touched, the rows it removed and the cells it changed (values and number
 * formats), in one hidden sheet per snapshot (`_dossier_snap_<id>`, see
 * snapshotPayload); the index lives in the workbook state. A sheet the
 * operation made (e.g. `Merged`) is recorded as absent, so a restore
 * removes it again. Snapshots of earlier versions (whole copies of each
 * sheet, `copy`/`formatsCopy`) still restore.
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
  /** The hidden sheet holding the changes (absent in snapshots of whole copies). */
  readonly store?: string;
}

const INDEX_KEY = 'snapshots';
export const SNAPSHOT_PREFIX = '_dossier_snap_';
export const DEFAULT_SNAPSHOTS_KEPT = 10;

export async function listSnapshots(port: WorkbookPort): Promise<Snapshot[]> {
  const index = (await readWorkbookState(port))[INDEX_KEY];
  return Array.isArray(index) ? (index as Snapshot[]) : [];
}

export interface SaveSnapshotOptions {
  readonly operation: string;
  readonly now: string;
  readonly changes: readonly SheetChange[];
  readonly keep?: number;
}

/**
 * Stores the changes an operation made (after it made them; recordedChange
 * puts the sheets back if this fails) and drops the oldest beyond `keep`.
 * A store sheet left by a run that failed is never reused: the id goes past it.
 */
export async function saveSnapshot(port: WorkbookPort, options: SaveSnapshotOptions): Promise<Snapshot> {
  const existing = await listSnapshots(port);
  const names = (await port.listSheets()).map((s) => s.name);
  let id = existing.reduce((max, s) => Math.max(max, s.id), 0) + 1;
  while (names.includes(`${SNAPSHOT_PREFIX}${id}`)) id++;
  const store = `${SNAPSHOT_PREFIX}${id}`;
  const snapshot: Snapshot = {
    id,
    time: options.now,
    operation: options.operation,
    sheets: options.changes.map((c) => ({ name: c.name, existed: c.existed, copy: null, formatsCopy: null, rows: c.diff?.beforeRows ?? 0 })),
    store,
  };
  const keep = options.keep ?? DEFAULT_SNAPSHOTS_KEPT;
  const all = [...existing, snapshot];
  const dropped = all.slice(0, Math.max(0, all.length - keep));
  await port.addSheet(store, { hidden: true });
  try {
    await port.writeValues(store, 0, 0, encodeSnapshotPayload(options.changes));
    await writeWorkbookState(port, INDEX_KEY, all.slice(dropped.length));
  } catch (error) {
    // A half-made store would only block later runs: it goes, and the failure is reported.
    await port.deleteSheet(store).catch(() => undefined);
    throw error;
  }
  for (const old of dropped) await deleteStores(port, old);
  return snapshot;
}

/**
 * Puts the workbook back as it was before snapshot `id`'s operation: the
 * newer operations are undone first, newest first, then that one; all of
 * them are consumed (their changes no longer apply to what is there).
 * Edits people made in between to cells no operation touched stay.
 */
export async function restoreSnapshot(port: WorkbookPort, id: number): Promise<Snapshot> {
  const snapshots = await listSnapshots(port);
  const at = snapshots.findIndex((s) => s.id === id);
  if (at < 0) {
    throw new DossierError('snapshot.notFound', { en: `There is no snapshot ${id} to restore.`, zh: `没有可恢复的快照 ${id}。` });
  }
  const steps = snapshots.slice(at).reverse();
  const payloads = new Map<number, SheetChange[] | null>();
  for (const s of steps) payloads.set(s.id, s.store ? await readPayload(port, s.store) : null);
  await checkRowsStillThere(port, steps, payloads);
  for (const s of steps) {
    if (s.store) await restoreChanges(port, payloads.get(s.id) ?? []);
    else await restoreCopies(port, s);
  }
  for (const s of steps) await deleteStores(port, s);
  await writeWorkbookState(port, INDEX_KEY, snapshots.slice(0, at));
  return snapshots[at]!;
}

/** Undo: restores the newest snapshot and drops it, so a second undo goes one step further back. */
export async function undoLast(port: WorkbookPort): Promise<Snapshot | null> {
  const snapshots = await listSnapshots(port);
  const last = snapshots[snapshots.length - 1];
  if (!last) return null;
  return restoreSnapshot(port, last.id);
}

/** Drops snapshots (their hidden sheets and index entries), e.g. when erasure must not leave a way back. */
export async function dropSnapshots(port: WorkbookPort, ids: ReadonlySet<number>): Promise<void> {
  if (ids.size === 0) return;
  const snapshots = await listSnapshots(port);
  for (const s of snapshots) if (ids.has(s.id)) await deleteStores(port, s);
  await writeWorkbookState(port, INDEX_KEY, snapshots.filter((s) => !ids.has(s.id)));
}

/** A snapshot's changes, read back from its hidden sheet. */
export async function readPayload(port: WorkbookPort, store: string): Promise<SheetChange[] | null> {
  const present = (await port.listSheets()).some((s) => s.name === store);
  return present ? decodeSnapshotPayload((await port.readSheet(store)).values) : null;
}

/** Puts a sheet's values and number formats back as given, in one write each. */
export async function putSheetBack(port: WorkbookPort, name: string, values: CellValue[][], formats: string[][] | undefined): Promise<void> {
  await port.replaceValues(name, values);
  if (formats && port.writeFormats && formats.some((row) => row.length > 0)) {
    const width = Math.max(0, ...values.map((r) => r.length));
    await port.writeFormats(name, 0, 0, formats.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')));
  }
}

/**
 * Refuses before writing anything when a sheet has fewer rows than the
 * operation left (rows deleted since): the rows could not be lined up.
 */
async function checkRowsStillThere(port: WorkbookPort, steps: readonly Snapshot[], payloads: ReadonlyMap<number, SheetChange[] | null>): Promise<void> {
  const rows = new Map((await port.listSheets()).map((s) => [s.name, s.rowCount]));
  for (const s of steps) {
    const changes = payloads.get(s.id);
    if (s.store && !changes) {
      throw new DossierError('snapshot.unreadable', { en: `Snapshot ${s.id} can no longer be read; nothing was restored.`, zh: `快照 ${s.id} 已无法读取；未恢复任何内容。` });
    }
    for (const change of changes ?? []) {
      if (!change.diff) continue;
      const now = rows.get(change.name) ?? 0;
      if (now < change.diff.afterRows) {
        throw new DossierError('snapshot.rowsGone', {
          en: `Rows were deleted from "${change.name}" after "${s.operation}"; Dossier cannot line the snapshot up with it. Nothing was restored.`,
          zh: `"${s.operation}"之后"${change.name}"中有行被删除，快照无法对齐。未恢复任何内容。`,
        });
      }
      rows.set(change.name, change.diff.beforeRows + (now - change.diff.afterRows));
    }
  }
}

async function restoreChanges(port: WorkbookPort, changes: readonly SheetChange[]): Promise<void> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  let template: Template | undefined;
  for (const change of changes) {
    if (!change.existed || !change.diff) {
      if (present.has(change.name)) await port.deleteSheet(change.name);
      continue;
    }
    if (!present.has(change.name)) await port.addSheet(change.name);
    const now = await port.readSheet(change.name, { formats: true });
    const back = reverseDiff(change.diff, now.values, now.formats);
    template ??= await readWorkbookTemplate(port);
    if (await restoreInPlace(port, change.name, change.diff, now, customerBlock(template, back.values), back)) continue;
    await putSheetBack(port, change.name, back.values, now.formats ? back.formats : undefined);
  }
}

/** Snapshots of earlier versions: whole copies of each sheet. */
async function restoreCopies(port: WorkbookPort, snapshot: Snapshot): Promise<void> {
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
}

async function deleteStores(port: WorkbookPort, snapshot: Snapshot): Promise<void> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  const names = [snapshot.store, ...snapshot.sheets.flatMap((s) => [s.copy, s.formatsCopy])];
  for (const name of names) if (name && present.has(name)) await port.deleteSheet(name);
}
