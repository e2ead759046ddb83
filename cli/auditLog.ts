import { basename, dirname, extname, join } from 'node:path';
import { isBlankCell } from '../shared/core/cell';
import { cellToText } from '../shared/core/normalize/cellToText';
import type { WorkbookPort } from '../shared/core/port/workbookPort';
import { AUDIT_SHEET, type AuditEntry } from '../shared/core/safety/audit';

/** Rows the `Audit` sheet holds now (header included), to find what an operation adds. */
export async function auditRowCount(port: WorkbookPort): Promise<number> {
  const sheet = (await port.listSheets()).find((s) => s.name === AUDIT_SHEET);
  return sheet ? sheet.rowCount : 0;
}

/** `customers.fixed.xlsx` → `customers.fixed.audit.jsonl`, beside the output. */
export function auditLogPath(outPath: string): string {
  return join(dirname(outPath), `${basename(outPath, extname(outPath))}.audit.jsonl`);
}

/** Log lines joined into one piece of the file at a time. */
const LINES_PER_PIECE = 4096;

/**
 * The command line's audit log: the entries an operation appended to the
 * `Audit` sheet, one JSON object per line, to go next to the output (a CSV
 * output cannot carry the sheet), as pieces of the file's text (a million
 * rows' fix logs two million lines: never one string). Null when nothing
 * changed.
 */
export async function auditLogText(port: WorkbookPort, rowsBefore: number): Promise<string[] | null> {
  if ((await auditRowCount(port)) <= rowsBefore) return null;
  const { values } = await port.readSheet(AUDIT_SHEET);
  const pieces: string[] = [];
  let lines: string[] = [];
  for (let r = Math.max(1, rowsBefore); r < values.length; r++) {
    const row = values[r]!;
    if (row.every(isBlankCell)) continue;
    const text = (c: number) => cellToText(row[c] ?? null);
    const entry: AuditEntry = {
      time: text(0),
      user: text(1) || null,
      operation: text(2),
      sheet: text(3),
      row: typeof row[4] === 'number' ? row[4] : null,
      field: text(5),
      oldValue: text(6),
      newValue: text(7),
    };
    lines.push(JSON.stringify(entry));
    if (lines.length === LINES_PER_PIECE) {
      pieces.push(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0 || pieces.length === 0) pieces.push(`${lines.join('\n')}\n`);
  return pieces;
}
