import { basename, dirname, extname, join } from 'node:path';

/**
 * Where a `.csv` output's other sheet goes (cli.md): beside OUT, named
 * `OUT-base.Sheet-name.csv` (`merged.csv` → `merged.Merged.csv`,
 * `out.csv` → `out.Import-review.csv`), so a script can predict it.
 */
export function companionPath(outPath: string, sheet: string): string {
  const safe = sheet.replace(/[\s\\/:*?"<>|]+/g, '-').replace(/^\.+/, '') || 'sheet';
  return join(dirname(outPath), `${basename(outPath, extname(outPath))}.${safe}.csv`);
}
