import type { CellValue } from '../cell';
import type { WorkbookPort } from '../port/workbookPort';

/** One change the product made, as the `Audit` sheet and the CLI's JSON-lines log record it. */
export interface AuditEntry {
  readonly time: string;
  readonly user: string | null;
  readonly operation: string;
  readonly sheet: string;
  /** Sheet row number (header = 1); null for a whole-sheet entry. */
  readonly row: number | null;
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
}

export const AUDIT_SHEET = 'Audit';
export const AUDIT_HEADER = ['Time 时间', 'User 用户', 'Operation 操作', 'Sheet 工作表', 'Row 行', 'Field 字段', 'Old value 原值', 'New value 新值'];

export function auditRow(entry: AuditEntry): CellValue[] {
  return [entry.time, entry.user ?? '', entry.operation, entry.sheet, entry.row, entry.field, entry.oldValue, entry.newValue];
}

/** Appends entries below the last row of the `Audit` sheet in one write (creating it first if absent). */
export async function appendAudit(port: WorkbookPort, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const sheet = (await port.listSheets()).find((s) => s.name === AUDIT_SHEET);
  const rows = entries.map(auditRow);
  if (!sheet) {
    await port.addSheet(AUDIT_SHEET);
    await port.writeValues(AUDIT_SHEET, 0, 0, [AUDIT_HEADER, ...rows]);
    await port.freezeRows(AUDIT_SHEET, 1);
    // Read-only for people; Dossier's own ports lift the lock for their writes.
    if (port.protect) await port.protect(AUDIT_SHEET, {});
    return;
  }
  await port.writeValues(AUDIT_SHEET, Math.max(1, sheet.rowCount), 0, rows);
}
