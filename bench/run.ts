import { fork } from 'node:child_process';
import type { Benchmark, BenchResult } from './benchmark';

/**
 * `npm run bench`: every benchmark runs in a child process of its own, so
 * the peak memory printed beside it (the child's maximum resident set) is
 * that benchmark's alone, and the child loads only that benchmark's code:
 * with every benchmark's libraries loaded (exceljs, the FEBRL reader…),
 * the check's child ran a tenth slower. `npm run bench -- check` runs only
 * the named ones.
 */
const benchmarks: Record<string, () => Promise<Benchmark>> = {
  check: async () => (await import('./checkBench')).checkBench,
  // check alone at 1,000,000 rows too (minutes): the linearity target is stated for it.
  cli: async () => (await import('./cliBench')).cliBench([10_000, 100_000], undefined, [1_000_000]),
  febrl: async () => (await import('./febrlBench')).febrlBench,
  dedupe: async () => (await import('./dedupeBench')).dedupeBench,
  'dedupe-seeds': async () => (await import('./dedupeBench')).dedupeSeedsBench,
  report: async () => (await import('./reportBench')).reportBench,
  import: async () => (await import('./importBench')).importBench,
  undo: async () => (await import('./undoBench')).undoBench,
  dedupe1m: async () => (await import('./dedupeBench')).dedupeMillionBench,
  // Opt-in (`npm run bench -- cli1m`): fix on 1,000,000 rows takes many minutes.
  cli1m: async () => (await import('./cliBench')).cliBench([1_000_000], ['fix']),
  // Opt-in (`npm run bench -- readers`): the .xlsx reader candidates, see xlsxReaders.md.
  readers: async () => (await import('./xlsxReadersBench')).xlsxReadersBench,
};

/** Long benchmarks run only when named (`npm run bench -- dedupe1m cli1m readers`). */
const OPT_IN = new Set(['dedupe1m', 'cli1m', 'readers']);

interface ChildReport {
  results: BenchResult[];
  peakMiB: number;
}

async function main(): Promise<void> {
  const only = process.argv[2] === '--child' ? null : process.argv.slice(2);
  if (process.argv[2] === '--reader') {
    const { readWith } = await import('./xlsxReaders');
    await readWith(process.argv[3]!, process.argv[4]!);
    return;
  }
  if (process.argv[2] === '--parse') {
    const { parseAlone } = await import('./parseAlone');
    parseAlone(process.argv[3]!);
    return;
  }
  if (process.argv[2] === '--child') {
    const bench = await benchmarks[process.argv[3]!]!();
    const results = await bench.run();
    const report: ChildReport = { results, peakMiB: process.resourceUsage().maxRSS / 1024 };
    process.send!(report);
    return;
  }
  const names = Object.keys(benchmarks);
  const selected = only && only.length > 0 ? names.filter((name) => only.includes(name)) : names.filter((name) => !OPT_IN.has(name));
  console.log(`Dossier benchmarks · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`);
  for (const name of selected) {
    const report = await runChild(name);
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
