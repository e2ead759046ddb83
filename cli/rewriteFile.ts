import { basename } from 'node:path';
import { AUDIT_SHEET } from '../shared/core/safety/audit';
import { DossierError } from '../shared/core/errors';
import { writeCsvTo } from '../shared/files/writeCsvTo';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { auditLogMaker, auditLogPath, auditRowCount } from './auditLog';
import { resolveCommonOptions, type Common, type CommonFlags } from './commonOptions';
import { companionPath } from './companionPath';
import { openInputFile } from './inputFile';
import { assertNotInput, outputFormatOf, writeAllAtomically, type FileContent } from './outputFile';
import { progressBar } from './progressBar';
import { zlibDeflater } from './zlibDeflater';

export interface Rewrite<T> {
  readonly result: T;
  readonly common: Common;
  /** The JSON-lines audit log written beside OUT, or null when nothing changed. */
  readonly auditPath: string | null;
  /** For a .csv OUT: the other sheets, each written beside it (cli.md), as [sheet, path]. */
  readonly companions: ReadonlyArray<{ sheet: string; path: string }>;
  readonly format: 'xlsx' | 'csv';
  /** Whether OUT carries a snapshot of the change, so `dossier undo OUT` restores the input's data. */
  readonly undoable: boolean;
}

export interface RewriteContext {
  /** A .xlsx OUT carries the snapshot of the change (as the hosts do); a .csv cannot hold one. */
  readonly snapshot: boolean;
}

/**
 * The shape of every command that changes a file: check OUT before any
 * work (never an input, a known extension), read FILE, run the operation
 * on the copy in memory, then write OUT, its companion files and the audit
 * log beside it, all or none. `sheet` names the sheet a CSV output takes;
 * `otherInputs` are the command's other inputs (import's source), which no
 * output may overwrite either.
 */
export async function rewriteFile<T>(
  file: string,
  out: string,
  flags: CommonFlags,
  operation: (workbook: MemoryWorkbook, common: Common, context: RewriteContext) => Promise<{ result: T; sheet?: string }>,
  otherInputs: readonly string[] = [],
): Promise<Rewrite<T>> {
  const inputs = [file, ...otherInputs, flags.template];
  assertNotInput(out, ...inputs);
  const format = outputFormatOf(out);
  const workbook = await openInputFile(file);
  const common = await resolveCommonOptions(flags, workbook);
  const auditBefore = await auditRowCount(workbook);
  const snapshot = format === 'xlsx';
  const { result, sheet } = await operation(workbook, common, { snapshot });

  const files: { path: string; data: FileContent }[] = [];
  const companions: { sheet: string; path: string }[] = [];
  const bar = progressBar(`Writing ${basename(out)} 写入`);
  if (format === 'csv') {
    const main = sheet ?? workbook.sheetNames().find((n) => !workbook.sheet(n).hidden) ?? workbook.sheetNames()[0];
    if (main === undefined) throw new DossierError('file.noSheets', { en: 'There is no visible sheet to write.', zh: '没有可写出的可见工作表。' });
    // A CSV is made as it is written, a megabyte at a time, into the file: no copy of the whole file in memory (see writeCsvTo).
    const rows = workbook.sheet(main).values;
    files.push({ path: out, data: (write) => writeCsvTo(rows, write, bar.update) });
    for (const name of workbook.sheetNames()) {
      // The audit sheet goes to the JSON-lines log; `_dossier…` sheets are Dossier's own state and snapshot copies.
      if (name === main || name === AUDIT_SHEET || name.startsWith('_dossier')) continue;
      const data = workbook.sheet(name);
      if (!data.values.some((row) => row.some((cell) => cell !== null && cell !== ''))) continue;
      const path = companionPath(out, name);
      companions.push({ sheet: name, path });
      files.push({ path, data: (write) => writeCsvTo(data.values, write) });
    }
  } else {
    // Node's zlib, not the browser's pure-JS deflate: about four times faster on a 100,000-row sheet.
    files.push({ path: out, data: await writeWorkbookFile(workbook, 'xlsx', { onProgress: bar.update, deflater: zlibDeflater }) });
  }
  const log = await auditLogMaker(workbook, auditBefore);
  const auditPath = log === null ? null : auditLogPath(out);
  if (auditPath !== null && log !== null) files.push({ path: auditPath, data: log });
  // No output, companion or log lands on an input, nor on another output.
  for (const f of files) assertNotInput(f.path, ...inputs);
  try {
    await writeAllAtomically(files);
  } finally {
    bar.done();
  }
  return { result, common, auditPath, companions, format, undoable: snapshot };
}

/** Who the audit log names: the signed-in account, where the shell knows it. */
export function cliUser(): string | null {
  return process.env.USER ?? process.env.USERNAME ?? null;
}

export function nowIso(): string {
  return new Date().toISOString();
}
