import type { BenchResult } from './benchmark';

/**
 * The issue's table from the command-line results: one line per command and
 * size, a column per format, each cell "wall s (CPU s) · peak MiB · x read"
 * (the command's CPU seconds over reading the file alone, the ratio the
 * targets are set in; wall time on a shared machine is the noisier figure).
 */
export function cliTable(results: readonly BenchResult[]): string {
  const cell = (name: string, rows: number): string => {
    const r = results.find((x) => x.name === name && x.rows === rows);
    if (!r) return '—';
    const f = r.figures ?? {};
    const ratio = f.xReadCpu === undefined ? '' : ` · ${f.xReadCpu}x read`;
    return `${r.seconds.toFixed(1)} s (${f.cpuS} CPU s) · ${f.childPeakMiB} MiB${ratio}${f.exit === 0 || f.exit === 1 ? '' : ` · exit ${f.exit}`}`;
  };
  const sizes = [...new Set(results.map((r) => r.rows))].sort((a, b) => a - b);
  const commands = ['read alone', 'cli check', 'cli fix', 'cli dedupe', 'cli import'];
  const label: Record<string, string> = { 'read alone': 'reading alone', 'cli check': '`dossier check`', 'cli fix': '`dossier fix -o`', 'cli dedupe': '`dossier dedupe --merge -o`', 'cli import': '`dossier import -o`' };
  const lines = ['| command | rows | `.csv` | `.xlsx` |', '|---|---|---|---|'];
  for (const command of commands) {
    for (const rows of sizes) {
      if (!results.some((r) => r.name.startsWith(command) && r.rows === rows)) continue;
      lines.push(`| ${label[command]} | ${rows.toLocaleString('en-US')} | ${cell(`${command} .csv`, rows)} | ${cell(`${command} .xlsx`, rows)} |`);
    }
  }
  return lines.join('\n');
}
