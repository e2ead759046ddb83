import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkWorkbook } from '../shared/core/operations/check';
import { fixWorkbook, planFix } from '../shared/core/operations/fix';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import { zlibDeflater } from '../cli/zlibDeflater';

/**
 * `dossier fix -o` split into its phases (read, check, fix, write), each
 * timed with the process's resident memory after it: where a fix's time and
 * memory go. `npx tsx bench/profileFix.ts FILE` (add --cpu-prof to node for
 * a profile of each phase).
 */
async function main(): Promise<void> {
  const file = process.argv[2]!;
  const mib = () => Math.round(process.memoryUsage().rss / 1_048_576);
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const phases: Array<[string, number, number, number]> = [];
  let t = performance.now();
  let c = cpu();
  // CPU seconds beside wall seconds: on a machine shared by several busy processes, the CPU time is the steadier figure.
  const lap = (name: string) => {
    const now = performance.now();
    const used = cpu();
    phases.push([name, (now - t) / 1000, used - c, mib()]);
    t = now;
    c = used;
  };
  const bytes = readFileSync(file);
  const workbook = await readWorkbookFile(bytes, basename(file));
  lap('read');
  const report = await checkWorkbook(workbook, { template: defaultTemplate, today: '2026-11-22', lang: 'en' } as never);
  lap('check');
  await fixWorkbook(workbook, report, planFix(report), { now: '2026-11-22T10:00:00Z', snapshot: false, user: 'bench' });
  lap('fix');
  const out = await writeWorkbookFile(workbook, file.endsWith('.csv') ? 'csv' : 'xlsx', { sheet: report.sheet, deflater: zlibDeflater });
  lap('write');
  for (const [name, s, u, m] of phases) console.log(`${name.padEnd(6)} ${s.toFixed(2).padStart(7)} s wall ${u.toFixed(2).padStart(7)} s cpu  rss ${m} MiB`);
  console.log(`peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB, output ${Math.round(out.length / 1_048_576)} MiB`);
}

void main();
