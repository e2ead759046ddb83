import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { cellToText } from '../shared/core/normalize/cellToText';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';

/** Side files are read up to this size; a larger one is named as unchecked rather than read. */
const MAX_SIDE_FILE = 50 * 1_048_576;

/**
 * Files beside the input and the output that still hold a trace of an
 * erased person (earlier outputs, companion files, `*.audit.jsonl` logs):
 * erase cannot reach them, so the user is told which to delete or redo.
 * Only Dossier's own kinds of file are read (.csv, .jsonl, .xlsx).
 */
export async function filesMentioning(folders: readonly string[], skip: readonly string[], mentions: (text: string) => boolean): Promise<string[]> {
  const skipped = new Set(skip.map((p) => resolve(p)));
  const found: string[] = [];
  for (const folder of new Set(folders.map((f) => resolve(dirname(f))))) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      const ext = extname(name).toLowerCase();
      if (skipped.has(path) || !['.csv', '.jsonl', '.xlsx'].includes(ext) || name.endsWith('.dossier-tmp')) continue;
      try {
        const info = await stat(path);
        if (!info.isFile() || info.size > MAX_SIDE_FILE) continue;
        const bytes = await readFile(path);
        const texts =
          ext === '.xlsx'
            ? await readWorkbookFile(bytes, name).then((wb) => wb.sheetNames().flatMap((n) => wb.sheet(n).values.flatMap((row) => row.map((c) => cellToText(c ?? null)))))
            : bytes.toString('utf8').split('\n');
        if (texts.some(mentions)) found.push(path);
      } catch {
        // An unreadable file is not Dossier's to judge.
      }
    }
  }
  return found;
}
