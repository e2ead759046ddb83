import { fork } from 'node:child_process';
import type { Benchmark, BenchResult } from './benchmark';
import { checkBench } from './checkBench';
import { cliBench } from './cliBench';
import { dedupeBench } from './dedupeBench';
import { febrlBench } from './febrlBench';
import { importBench } from './importBench';
import { reportBench } from './reportBench';

/**
 * `npm run bench`: every benchmark runs in a child process of its own, so
 * the peak memory printed beside it (the child's maximum resident set) is
 * that benchmark's alone. `npm run bench -- check` runs only the named ones.
 */
const benchmarks: Benchmark[] = [checkBench, cliBench, febrlBench, dedupeBench, reportBench, importBench];

interface ChildReport {
  results: BenchResult[];
  peakMiB: number;
}

async function main(): Promise<void> {
  const only = process.argv[2] === '--child' ? null : process.argv.slice(2);
  if (process.argv[2] === '--child') {
    const bench = benchmarks.find((b) => b.name === process.argv[3])!;
    const results = await bench.run();
    const report: ChildReport = { results, peakMiB: process.resourceUsage().maxRSS / 1024 };
    process.send!(report);
    return;
  }
  const selected = only && only.length > 0 ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
  console.log(`Dossier benchmarks · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`);
  for (const bench of selected) {
    const report = await runChild(bench.name);
    for (const r of report.results) {
      const rate = r.seconds > 0 ? Math.round(r.rows / r.seconds).toLocaleString('en-US') : '∞';
      const figures = Object.entries(r.figures ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
      console.log(`${r.name.padEnd(28)} ${String(r.rows).padStart(8)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ${rate.padStart(10)} rows/s  peak ${report.peakMiB.toFixed(0)} MiB  ${figures}`);
    }
  }
}

function runChild(name: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', name], { execArgv: process.execArgv });
    let report: ChildReport | null = null;
    child.on('message', (message) => (report = message as ChildReport));
    child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`benchmark ${name} failed (exit ${code})`))));
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
