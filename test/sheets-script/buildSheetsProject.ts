import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the Apps Script project (Code.js, Sidebar.html, appsscript.json) into
 * a new temporary folder and returns it. build.mjs is an ES module run by
 * Node and jest loads CommonJS, so the build runs in a child process.
 */
export function buildSheetsProject(): string {
  const out = mkdtempSync(join(tmpdir(), 'dossier-sheets-'));
  const build = join(__dirname, '..', '..', 'sheets-script', 'build.mjs').replace(/\\/g, '/');
  execFileSync(process.execPath, ['--input-type=module', '-e', `import('${build}').then((m) => m.buildSheets('${out}'))`], { stdio: 'pipe' });
  return out;
}
