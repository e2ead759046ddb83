import type { Rewrite } from './rewriteFile';

/**
 * The lines every file-changing command ends with, true to what was
 * written: where the other sheets went (a .csv holds one), where the
 * change log is, and how to get back.
 */
export function rewriteNotes(rewrite: Rewrite<unknown>, file: string, out: string, zh: boolean, options: { undo?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (rewrite.companions.length > 0) {
    lines.push(zh ? `${out} 只能容纳一个工作表；其他工作表已写在旁边：` : `${out} holds one sheet; the other sheets were written beside it:`);
    for (const c of rewrite.companions) lines.push(`  ${c.sheet}: ${c.path}`);
  }
  if (rewrite.auditPath) lines.push(zh ? `变更记录：${rewrite.auditPath}` : `Change log: ${rewrite.auditPath}`);
  if (options.undo !== false) {
    if (rewrite.undoable) lines.push(zh ? `${file} 未改动；要撤销，运行 dossier undo ${out} -o 新文件.xlsx` : `${file} is unchanged; to undo, run dossier undo ${out} -o NEW.xlsx`);
    else lines.push(zh ? `${file} 未改动，它就是回退的原件（.csv 无法保存撤销快照）。` : `${file} is unchanged and is the way back (a .csv cannot hold an undo snapshot).`);
  }
  return lines;
}

/** The same facts for `--format json`. */
export function rewriteFacts(rewrite: Rewrite<unknown>, out: string) {
  return { output: out, companions: rewrite.companions.map((c) => ({ sheet: c.sheet, path: c.path })), auditLog: rewrite.auditPath, undoable: rewrite.undoable };
}
