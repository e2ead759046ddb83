import { basename, dirname, extname, join } from 'node:path';
import { isBlankCell } from '../shared/core/cell';
import { cellToText } from '../shared/core/normalize/cellToText';
import type { WorkbookPort } from '../shared/core/port/workbookPort';
import { AUDIT_SHEET } from '../shared/core/safety/audit';
import { utf8Chunks } from '../shared/files/utf8Chunks';

/** Rows the `Audit` sheet holds now (header included), to find what an operation adds. */
export async function auditRowCount(port: WorkbookPort): Promise<number> {
  const sheet = (await port.listSheets()).find((s) => s.name === AUDIT_SHEET);
  return sheet ? sheet.rowCount : 0;
}

/** `customers.fixed.xlsx` → `customers.fixed.audit.jsonl`, beside the output. */
export function auditLogPath(outPath: string): string {
  return join(dirname(outPath), `${basename(outPath, extname(outPath))}.audit.jsonl`);
}

/**
 * The command line's audit log: the entries an operation appended to the
 * `Audit` sheet, one JSON object per line (an AuditEntry), to go next to the output (a CSV
 * output cannot carry the sheet). Given as the maker of the file's bytes,
 * each line encoded as it is made (a million rows' fix logs two million
 * lines: never one string; joining them 4,096 at a time first cost a third
 * of the log's time). Null when nothing changed.
 */
export async function auditLogMaker(port: WorkbookPort, rowsBefore: number): Promise<((write: (bytes: Uint8Array) => void) => void) | null> {
  if ((await auditRowCount(port)) <= rowsBefore) return null;
  const { values } = await port.readSheet(AUDIT_SHEET);
  return (write) => {
    const out = utf8Chunks(write);
    // Each line is JSON.stringify of the AuditEntry, put together here: time, user, operation, sheet and field repeat from line to
    // line and are encoded once each (stringifying an object a line was most of the log's time).
    const time = repeatedJson();
    const user = repeatedJson();
    const operation = repeatedJson();
    const sheet = repeatedJson();
    const field = repeatedJson();
    let lines = 0;
    for (let r = Math.max(1, rowsBefore); r < values.length; r++) {
      const row = values[r]!;
      if (row.every(isBlankCell)) continue;
      const text = (c: number) => cellToText(row[c] ?? null);
      const rowNumber = typeof row[4] === 'number' ? JSON.stringify(row[4]) : 'null';
      out.append(
        `{"time":${time(text(0))},"user":${user(text(1) || null)},"operation":${operation(text(2))},"sheet":${sheet(text(3))},"row":${rowNumber},"field":${field(text(5))},"oldValue":${JSON.stringify(text(6))},"newValue":${JSON.stringify(text(7))}}\n`,
      );
      lines++;
    }
    // A log of no lines is one empty line.
    if (lines === 0) out.append('\n');
    out.end();
  };
}

/** JSON.stringify of a value that mostly repeats the one before: encoded again only when it changes. */
function repeatedJson(): (value: string | null) => string {
  let last: string | null | undefined;
  let json = '';
  return (value) => {
    if (value !== last) {
      last = value;
      json = JSON.stringify(value);
    }
    return json;
  };
}
