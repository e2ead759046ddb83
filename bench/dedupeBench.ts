import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDuplicates } from '../shared/core/dedupe/findDuplicates';
import { findWorkbookDuplicates } from '../shared/core/operations/dedupe';
import { readCustomerTable } from '../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import type { Benchmark, BenchResult } from './benchmark';
import { timed } from './benchmark';
import { generateCustomers, HEADERS, type GenerateOptions } from './generate/generateCustomers';
import { pairsOf, tierFigures } from './pairAccuracy';

const CONTEXT = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null } as const;

/** Every pair of rows that are one customer (sheet row numbers), from the generator's duplicate links. */
function truePairs(duplicatePairs: ReadonlyArray<readonly [number, number]>): Set<string> {
  const groups = new Map<number, number[]>();
  const groupOf = new Map<number, number>();
  for (const [a, b] of duplicatePairs) {
    const g = groupOf.get(a) ?? a;
    groupOf.set(a, g);
    groupOf.set(b, g);
    const members = groups.get(g) ?? [a];
    members.push(b);
    groups.set(g, members);
  }
  const truth = new Set<string>();
  for (const members of groups.values()) pairsOf(members, truth);
  return truth;
}

const KINDS: Array<[string, Partial<GenerateOptions>]> = [
  ['mostly Chinese (12% English)', {}],
  ['English', { englishNames: 1, headers: 'en' }],
  // A stress case: 15 × 15 equally common English names (the generator's only ones before), 1,500 times the namesakes of census names.
  ['English, dense names', { englishNames: 1, headers: 'en', englishNameSet: 'dense' }],
  ['Chinese', { englishNames: 0 }],
  ['mixed half/half', { englishNames: 0.5 }],
  ['1/3 dups share no phone/email', { contactless: 1 / 3 }],
];

/**
 * Duplicate detection on generated customer files with known duplicates and
 * look-alikes (same common name, shared switchboard, family at one address):
 * precision, recall and F1 of the confident tier and of both tiers together
 * over all same-customer pairs, look-alikes wrongly merged, pairs compared
 * per row (blocking must keep it about flat), and speed: the whole
 * operation on a 100,000-row .csv against parsing that file.
 */
export const dedupeBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const results = await accuracy((label) => (label.startsWith('mostly') ? [[10_000, 3], [100_000, 3]] : [[10_000, 3]]));
    results.push(await csvAgainstParse(100_000));
    return results;
  },
};

/**
 * The same accuracy figures on 10,000 rows of seeds 1 and 2, so that a
 * figure's margin over its target shows (`dedupe` is seed 3). A process of
 * its own: in `dedupe`'s, the garbage of six more files raised the peak
 * memory printed beside the 100,000-row runs from 736 to 1,450 MiB.
 */
export const dedupeSeedsBench: Benchmark = {
  run: () => accuracy(() => [[10_000, 1], [10_000, 2]]),
};

/** Accuracy figures of every kind of file, on the rows and seeds `runsOf` gives for its label. */
async function accuracy(runsOf: (label: string) => Array<[rows: number, seed: number]>): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [label, options] of KINDS) {
    for (const [rows, seed] of runsOf(label)) {
      const { values, truth } = generateCustomers({ rows, seed, ...options });
      const table = readCustomerTable(defaultTemplate, { name: 'C', values }, CONTEXT);
      const { value: result, seconds } = await timed(() => findDuplicates(table));
      const inCluster = new Map<number, number>();
      result.clusters.forEach((c, k) => c.rows.forEach((r) => inCluster.set(r, k)));
      const lookAlikesMerged = truth.hardNegativePairs.filter(([a, b]) => inCluster.has(a) && inCluster.get(a) === inCluster.get(b)).length;
      results.push({
        name: `dedupe ${label} ${rows / 1000}k${seed === 3 ? '' : ` seed ${seed}`}`,
        rows,
        seconds,
        figures: { ...tierFigures(result, truePairs(truth.duplicatePairs)), possible: result.possible.length, pairsPerRow: (result.comparisons / rows).toFixed(2), lookAlikesMerged: `${lookAlikesMerged}/${truth.hardNegativePairs.length}` },
      });
    }
  }
  return results;
}

/** `dossier dedupe`'s work on a .csv (standardize, block, score, cluster) against reading the file, in this process. */
async function csvAgainstParse(rows: number): Promise<BenchResult> {
  const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'Customers', values: generateCustomers({ rows, seed: 3, contactless: 1 / 3 }).values }]), 'csv');
  // CPU seconds beside wall seconds: the machine's cores are shared, and another process's work stretches the wall clock of either step.
  const cpu0 = cpuSeconds();
  const parse = await timed(() => readWorkbookFile(bytes, 'customers.csv'));
  const cpu1 = cpuSeconds();
  const dedupe = await timed(() => findWorkbookDuplicates(parse.value, { template: defaultTemplate, today: CONTEXT.today, lang: 'en' }));
  const cpu2 = cpuSeconds();
  return {
    name: `dedupe .csv ${rows / 1000}k vs parse`,
    rows,
    seconds: dedupe.seconds,
    figures: {
      parseSeconds: parse.seconds.toFixed(2),
      ratio: (dedupe.seconds / parse.seconds).toFixed(2),
      parseCpu: (cpu1 - cpu0).toFixed(2),
      dedupeCpu: (cpu2 - cpu1).toFixed(2),
      cpuRatio: ((cpu2 - cpu1) / (cpu1 - cpu0)).toFixed(2),
      pairsPerRow: (dedupe.value.comparisons / rows).toFixed(2),
      clusters: dedupe.value.clusters.length,
      possible: dedupe.value.possible.length,
    },
  };
}

/** This process's CPU seconds so far (user and system, all threads: V8's garbage collection helpers count too). */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Opt-in (`npm run bench -- dedupe1m`): `dossier dedupe` of a
 * 1,000,000-row .csv (the columns matching reads, a third of duplicates
 * without shared phone or e-mail) by the bundled CLI in a process of its
 * own, with that process's peak resident memory (VmHWM).
 */
export const dedupeMillionBench: Benchmark = {
  async run(): Promise<BenchResult[]> {
    const root = join(__dirname, '..');
    spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
    const rows = 1_000_000;
    const dir = mkdtempSync(join(tmpdir(), 'dossier-dedupe-'));
    const file = join(dir, 'customers.csv');
    {
      const { values } = generateCustomers({ rows, seed: 3, contactless: 1 / 3, headers: 'en' });
      const keep = ['Customer ID', 'Name', 'Company', 'Phone', 'Email', 'Birthday', 'Province/State', 'City', 'Address'].map((h) => HEADERS.en.indexOf(h as (typeof HEADERS.en)[number]));
      const narrow = values.map((row) => keep.map((c) => row[c] ?? null));
      values.length = 0;
      writeFileSync(file, await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'Customers', values: narrow }]), 'csv'));
    }
    const probe = join(dir, 'peak.cjs');
    // Each process prints its peak resident memory and CPU seconds: the CLI runs itself again with a larger heap for a file this size (bin/dossier.js), so there are two.
    writeFileSync(probe, "process.on('exit',()=>{try{const m=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));const u=process.cpuUsage();if(m)process.stderr.write('PEAK_KB '+m[1]+' CPU '+((u.user+u.system)/1e6)+'\\n')}catch{}})");
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', probe, join(root, 'bin', 'dossier.js'), 'dedupe', file, '--today', '2026-11-22', '--lang', 'en'], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const probes = [...(run.stderr ?? '').matchAll(/PEAK_KB (\d+) CPU ([\d.]+)/g)];
    const peakKb = Math.max(0, ...probes.map((m) => Number(m[1])));
    const cpu = probes.reduce((sum, m) => sum + Number(m[2]), 0);
    const compared = /\((\d+) pairs compared\)/.exec(run.stdout ?? '');
    rmSync(dir, { recursive: true, force: true });
    return [{ name: 'cli dedupe .csv 1M', rows, seconds, figures: { exit: run.status ?? -1, childPeakMiB: probes.length > 0 ? Math.round(peakKb / 1024) : 'n/a', cpuSeconds: cpu.toFixed(1), pairsPerRow: compared ? (Number(compared[1]) / rows).toFixed(2) : 'n/a' } }];
  },
};
