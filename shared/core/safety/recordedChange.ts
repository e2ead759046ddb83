import type { CellValue } from '../cell';
import { DossierError } from '../errors';
import type { SheetData, WorkbookPort } from '../port/workbookPort';
import { appendAudit, type AuditEntry } from './audit';
import { assertSameValues } from './assertSheetUnchanged';
import { customerBlock } from '../table/customerBlock';
import type { Template } from '../template/templateSchema';
import { readWorkbookTemplate } from '../template/workbookTemplate';
import { restoreInPlace } from './restoreInPlace';
import { diffSheet } from './sheetDiff';
import type { SheetChange } from './snapshotPayload';
import { dropSnapshots, putSheetBack, saveSnapshot, type Snapshot } from './snapshots';

export interface ChangeContext {
  /** ISO timestamp of the operation, injected by the caller. */
  readonly now: string;
  readonly user?: string | null;
  /** Snapshots kept (default 10). */
  readonly keepSnapshots?: number;
  /** False where the output is a new file anyway (the command line). */
  readonly snapshot?: boolean;
}

export type AuditChange = Omit<AuditEntry, 'time' | 'user' | 'operation'>;

export interface RecordedChangeSpec extends ChangeContext {
  readonly operation: string;
  /** The sheets the write touches, with the values the operation read. */
  readonly sheets: ReadonlyArray<{ name: string; values?: readonly (readonly CellValue[])[] }>;
}

/**
 * The one path every cell-changing operation takes, so every port gets the
 * same safety: refuse if a read sheet changed meanwhile; write; keep what
 * the write changed (the snapshot Undo uses); log each change to the audit
 * sheet. It completes or changes nothing: if any step fails, the touched
 * sheets are put back as they were read (values and number formats, by the
 * smallest edits, so their formulas stay) and a
 * sheet the operation made is removed, before the failure is reported.
 * Reads and writes per operation: a fixed number per touched sheet.
 */
export async function recordedChange<T>(
  port: WorkbookPort,
  spec: RecordedChangeSpec,
  write: () => Promise<{ result: T; changes: readonly AuditChange[] }>,
): Promise<{ result: T; snapshot: Snapshot | null }> {
  const present = new Set((await port.listSheets()).map((s) => s.name));
  const before = new Map<string, SheetData | null>();
  for (const sheet of spec.sheets) {
    if (!present.has(sheet.name)) {
      before.set(sheet.name, null);
      continue;
    }
    const data = await port.readSheet(sheet.name, { formats: true });
    if (sheet.values) assertSameValues(sheet.name, data.values, sheet.values);
    before.set(sheet.name, data);
  }
  // The writes and, on failure, their putting back form one span a host may stop inside (Cancel) until
  // the changes are kept; the snapshot and the audit log then record them (see WorkbookPort.restorable).
  const span = <R,>(work: (kept: () => void) => Promise<R>) => (port.restorable ? port.restorable(work) : work(() => undefined));
  return span(async (kept) => {
    let snapshot: Snapshot | null = null;
    try {
      const { result, changes } = await write();
      kept();
      if (spec.snapshot !== false) {
        const after = new Set((await port.listSheets()).map((s) => s.name));
        const sheetChanges: SheetChange[] = [];
        for (const [name, data] of before) {
          if (!data) {
            sheetChanges.push({ name, existed: false, diff: null });
            continue;
          }
          const now = after.has(name) ? await port.readSheet(name, { formats: true }) : { values: [], formats: [] };
          sheetChanges.push({ name, existed: true, diff: diffSheet(data.values, data.formats, now.values, now.formats) });
        }
        snapshot = await saveSnapshot(port, { operation: spec.operation, now: spec.now, changes: sheetChanges, keep: spec.keepSnapshots });
      }
      const user = spec.user ?? (port.currentUser ? await port.currentUser() : null);
      // Field by field: `{ ...change, time }` costs microseconds an entry in V8 (no shared shape), and an import logs tens of thousands.
      const entries = changes.map((c): AuditEntry => ({ time: spec.now, user, operation: spec.operation, sheet: c.sheet, row: c.row, field: c.field, oldValue: c.oldValue, newValue: c.newValue }));
      await appendAudit(port, entries);
      return { result, snapshot };
    } catch (error) {
      const notBack = await putBack(port, before);
      if (snapshot) await dropSnapshots(port, new Set([snapshot.id])).catch(() => undefined);
      if (notBack.length > 0) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new DossierError('change.notRolledBack', {
          en: `The action failed (${detail}) and Dossier could not put ${notBack.map((n) => `"${n}"`).join(', ')} back as it was: check that sheet before going on.`,
          zh: `操作失败（${detail}），且 Dossier 未能将${notBack.map((n) => `"${n}"`).join('、')}恢复原状：请先检查该工作表。`,
        });
      }
      throw error;
    }
  });
}

/** Puts every touched sheet back as it was read; returns the names it could not. */
async function putBack(port: WorkbookPort, before: ReadonlyMap<string, SheetData | null>): Promise<string[]> {
  const failed: string[] = [];
  const present = new Set((await port.listSheets().catch(() => [])).map((s) => s.name));
  // Read once for all the sheets put back (undefined: not read yet; null: unreadable).
  let template: Template | null | undefined;
  for (const [name, data] of before) {
    try {
      if (!data) {
        if (present.has(name)) await port.deleteSheet(name);
      } else {
        // As Undo does: only what differs goes back, rows by inserting and deleting them, so formulas the
        // operation did not reach (a totals row's SUM) stay formulas; a host that cannot move rows is rewritten.
        const now = await port.readSheet(name, { formats: true });
        const diff = diffSheet(data.values, data.formats, now.values, now.formats);
        if (template === undefined) template = await readWorkbookTemplate(port).catch(() => null);
        const customers = template ? customerBlock(template, data.values) : null;
        if (!(await restoreInPlace(port, name, diff, now, customers))) await putSheetBack(port, name, data.values.map((row) => [...row]), data.formats);
      }
    } catch {
      failed.push(name);
    }
  }
  return failed;
}
