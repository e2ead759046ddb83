import type { CellValue } from '../cell';
import type { WorkbookPort } from '../port/workbookPort';
import { appendAudit, type AuditEntry } from './audit';
import { assertSheetUnchanged } from './assertSheetUnchanged';
import { takeSnapshot, type Snapshot } from './snapshots';

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
 * same safety: refuse if a read sheet changed meanwhile, snapshot, write,
 * then log each change to the audit sheet.
 */
export async function recordedChange<T>(
  port: WorkbookPort,
  spec: RecordedChangeSpec,
  write: () => Promise<{ result: T; changes: readonly AuditChange[] }>,
): Promise<{ result: T; snapshot: Snapshot | null }> {
  for (const sheet of spec.sheets) if (sheet.values) await assertSheetUnchanged(port, sheet.name, sheet.values);
  const snapshot = spec.snapshot === false ? null : await takeSnapshot(port, { operation: spec.operation, now: spec.now, sheets: spec.sheets, keep: spec.keepSnapshots });
  const { result, changes } = await write();
  const user = spec.user ?? (port.currentUser ? await port.currentUser() : null);
  // Field by field: `{ ...change, time }` costs microseconds an entry in V8 (no shared shape), and an import logs tens of thousands.
  const entries = changes.map((c): AuditEntry => ({ time: spec.now, user, operation: spec.operation, sheet: c.sheet, row: c.row, field: c.field, oldValue: c.oldValue, newValue: c.newValue }));
  await appendAudit(port, entries);
  return { result, snapshot };
}
