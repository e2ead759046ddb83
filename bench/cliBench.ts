import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';

const root = join(__dirname, '..');

/**
 * The command line end to end, as an admin runs it: `dossier check` on a
 * 100,000-row .csv and .xlsx, in a process of its own (the bundled CLI,
 * built afresh). Peak memory is read from the child's own
 * /proc status at exit (VmHWM), printed by the child.
 */
export const cliBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    // Always rebuilt: a dist/cli.js left from `npm ci` would measure the code as it was then.
    spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    const rows = 100_000;
    const workbook = MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed: 3 }).values }]);
    const results: BenchResult[] = [];
    for (const format of ['csv', 'xlsx'] as const) {
      const file = join(dir, `customers.${format}`);
      writeFileSync(file, await writeWorkbookFile(workbook, format));
      const started = process.hrtime.bigint();
      // A preload that prints the child's peak resident memory on exit (Linux /proc).
      const probe = join(dir, 'peak.cjs');
      writeFileSync(probe, "process.on('exit',()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));if(m)process.stderr.write('PEAK_KB '+m[1]+'\\n')}catch{}})");
      const run = spawnSync(process.execPath, ['--require', probe, join(root, 'bin', 'dossier.js'), 'check', file, '--format', 'json', '--today', '2026-11-22'], { maxBuffer: 1 << 30, encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peak = /PEAK_KB (\d+)/.exec(run.stderr ?? '');
      results.push({ name: `cli check .${format}`, rows, seconds, figures: { exit: run.status ?? -1, childPeakMiB: peak ? Math.round(Number(peak[1]) / 1024) : 'n/a' } });
    }
    return results;
  },
};
