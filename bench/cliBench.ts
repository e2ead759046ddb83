import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { zlibDeflater } from '../cli/zlibDeflater';
import type { Benchmark, BenchResult } from './benchmark';
import { cliTable } from './cliTable';
import { generateCustomers, HEADERS } from './generate/generateCustomers';

const root = join(__dirname, '..');

/** A preload that prints the child's peak resident memory (Linux /proc VmHWM) and CPU seconds on exit. */
const PROBE = "process.on('exit',()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));const u=process.cpuUsage();process.stderr.write('PEAK_KB '+(m?m[1]:0)+' CPU_US '+(u.user+u.system)+'\\n')}catch{}})";

interface Run {
  seconds: number;
  cpu: number;
  peakMiB: number;
  exit: number;
}

/**
 * The command line end to end, as an admin runs it, each command in a
 * process of its own (the bundled CLI, built afresh): check, fix -o,
 * dedupe --merge -o and import (10,000 incoming rows) -o on generated
 * customer files of 10,000 and 100,000 rows, as .csv and .xlsx; beside
 * each, reading the file alone (parseAlone) in a process of its own, the
 * floor the targets are set against. Time is wall-clock (the machine is
 * shared: CPU seconds are printed too), memory the child's peak resident
 * set. `cli1m` adds check and fix on 1,000,000 rows (opt-in: minutes).
 */
export function cliBench(sizes: readonly number[], commands: readonly string[] = ['check', 'fix', 'dedupe', 'import'], checkOnlySizes: readonly number[] = []): Benchmark {
  return {
    async run(): Promise<BenchResult[]> {
      // Always rebuilt: a dist/cli.js left from `npm ci` would measure the code as it was then.
      spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
      const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, PROBE);
      const results: BenchResult[] = [];
      try {
        const incoming = join(dir, 'incoming.csv');
        const source = generateCustomers({ rows: 10_000, seed: 17, duplicateRate: 0.2, headers: 'en' }).values;
        writeFileSync(incoming, await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'incoming', values: [[...HEADERS.en], ...source.slice(1)] }]), 'csv'));
        for (const rows of [...sizes, ...checkOnlySizes]) {
          const commandsHere = sizes.includes(rows) ? commands : ['check'];
          const workbook = MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed: 3 }).values }]);
          for (const format of ['csv', 'xlsx'] as const) {
            const file = join(dir, `customers-${rows}.${format}`);
            writeFileSync(file, await writeWorkbookFile(workbook, format, { sheet: 'Customers', deflater: zlibDeflater }));
            const floor = run(probe, [join(root, 'dist', 'bench.js'), '--parse', file]);
            results.push({ name: `read alone .${format}`, rows, seconds: floor.seconds, figures: figures(floor) });
            const out = join(dir, `out.${format}`);
            const argsOf: Record<string, string[]> = {
              check: ['check', file],
              fix: ['fix', file, '-o', out],
              dedupe: ['dedupe', file, '--merge', '-o', out],
              import: ['import', incoming, '--into', file, '--source', 'Event', '-o', out],
            };
            for (const command of commandsHere) {
              const r = run(probe, [join(root, 'bin', 'dossier.js'), ...argsOf[command]!, '--format', 'json', '--today', '2026-11-22']);
              rmSync(out, { force: true });
              results.push({ name: `cli ${command} .${format}`, rows, seconds: r.seconds, figures: { ...figures(r), xRead: (r.seconds / floor.seconds).toFixed(2), xReadCpu: (r.cpu / floor.cpu).toFixed(2) } });
            }
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      console.log(`${cliTable(results)}\n\n${growthLines(results)}\n`);
      return results;
    },
  };
}

function run(probe: string, args: string[]): Run {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', probe, ...args], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // bin/dossier.js runs a big file's command again in a child with a larger heap: each process prints its figures; CPU adds up, the peak is the larger.
  const probes = [...(child.stderr ?? '').matchAll(/PEAK_KB (\d+) CPU_US (\d+)/g)];
  const cpu = probes.length > 0 ? probes.reduce((sum, m) => sum + Number(m[2]), 0) / 1e6 : NaN;
  const peakMiB = probes.length > 0 ? Math.round(Math.max(...probes.map((m) => Number(m[1]))) / 1024) : NaN;
  return { seconds, cpu, peakMiB, exit: child.status ?? -1 };
}

function figures(r: Run): Record<string, string | number> {
  return { exit: r.exit, cpuS: r.cpu.toFixed(2), childPeakMiB: r.peakMiB };
}

/**
 * The linearity target (10x the rows costs at most 11x the time and
 * memory) for `check`, from one size to the next ten times larger: CPU
 * seconds (wall time on a shared machine says more about the neighbours)
 * and peak memory.
 */
function growthLines(results: readonly BenchResult[]): string {
  const lines: string[] = [];
  for (const format of ['csv', 'xlsx']) {
    const checks = results.filter((r) => r.name === `cli check .${format}`).sort((a, b) => a.rows - b.rows);
    for (const small of checks) {
      const large = checks.find((r) => r.rows === small.rows * 10);
      if (!large) continue;
      const times = (key: string) => (Number(large.figures?.[key]) / Number(small.figures?.[key])).toFixed(1);
      lines.push(`check .${format}, ${small.rows.toLocaleString('en-US')} → ${large.rows.toLocaleString('en-US')} rows: CPU ×${times('cpuS')}, peak memory ×${times('childPeakMiB')} (target at most ×11)`);
    }
  }
  return lines.join('\n');
}
