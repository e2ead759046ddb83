import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { auditRowCount, writeAuditLog } from './auditLog';
import { resolveCommonOptions, type Common, type CommonFlags } from './commonOptions';
import { openInputFile } from './inputFile';
import { assertNotInput, outputFormatOf, saveOutputFile } from './outputFile';

export interface Rewrite<T> {
  readonly result: T;
  readonly common: Common;
  /** The JSON-lines audit log written beside OUT, or null when nothing changed. */
  readonly auditPath: string | null;
}

/**
 * The shape of every command that changes a file: check OUT before any
 * work (never the input, a known extension), read FILE, run the operation
 * on the copy in memory, write OUT atomically and the audit log beside it.
 * `sheet` names the sheet a CSV output takes.
 */
export async function rewriteFile<T>(
  file: string,
  out: string,
  flags: CommonFlags,
  operation: (workbook: MemoryWorkbook, common: Common) => Promise<{ result: T; sheet?: string }>,
): Promise<Rewrite<T>> {
  assertNotInput(out, file);
  outputFormatOf(out);
  const workbook = await openInputFile(file);
  const common = await resolveCommonOptions(flags, workbook);
  const auditBefore = await auditRowCount(workbook);
  const { result, sheet } = await operation(workbook, common);
  await saveOutputFile(workbook, out, { inputPath: file, sheet });
  const auditPath = await writeAuditLog(workbook, out, auditBefore);
  return { result, common, auditPath };
}

/** Who the audit log names: the signed-in account, where the shell knows it. */
export function cliUser(): string | null {
  return process.env.USER ?? process.env.USERNAME ?? null;
}

export function nowIso(): string {
  return new Date().toISOString();
}
