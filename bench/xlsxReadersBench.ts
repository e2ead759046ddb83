import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { generateCustomers } from './generate/generateCustomers';
import { candidates } from './xlsxReaders';

const PROBE = "process.on('exit',()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));const u=process.cpuUsage();process.stderr.write('PEAK_KB '+(m?m[1]:0)+' CPU_US '+(u.user+u.system)+'\\n')}catch{}})";

/** Each .xlsx reader candidate on the generated 100,000-row file, in a process of its own, alternated over two rounds. */
export const xlsxReadersBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-readers-'));
    const results: BenchResult[] = [];
    try {
      const rows = 100_000;
      const file = join(dir, 'customers.xlsx');
      writeFileSync(file, await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed: 3 }).values }]), 'xlsx'));
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, PROBE);
      for (let round = 1; round <= 2; round++) {
        for (const name of Object.keys(candidates)) {
          const started = process.hrtime.bigint();
          const child = spawnSync(process.execPath, ['--require', probe, join(__dirname, 'bench.js'), '--reader', name, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const m = /PEAK_KB (\d+) CPU_US (\d+)/.exec(child.stderr ?? '');
          results.push({ name: `reader ${name}`, rows, seconds, figures: { round, cells: (child.stdout ?? '').trim(), cpuS: m ? (Number(m[2]) / 1e6).toFixed(2) : 'n/a', childPeakMiB: m ? Math.round(Number(m[1]) / 1024) : 'n/a', exit: child.status ?? -1 } });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};
