import { basename } from 'node:path';
import { Command } from 'commander';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { findStale, type StaleReport } from '../../shared/core/operations/stale';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { runAction } from '../runAction';
import { textTable } from '../textTable';
import { wholeDays } from '../wholeDays';
import { visibleControls } from '../visibleControls';

interface StaleFlags extends CommonFlags {
  days?: string;
}

export function registerStaleCommand(program: Command): void {
  withCommonOptions(program.command('stale').argument('<file>', '.xlsx or .csv customer file'))
    .option('--days <n>', "days without an update or contact before a row is stale (default: the template's, 180)")
    .description('rows nobody has touched for too long, and follow-ups due; exit 1 when stale rows exist')
    .action((file: string, flags: StaleFlags) =>
      runAction(async () => {
        const days = wholeDays(flags.days, '--days');
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const report = await findStale(workbook, { ...common, days });
        if (common.format === 'json') {
          printJson({ file: basename(file), days: report.days, today: report.today, stale: report.stale, followUpsDue: report.followUpsDue });
        } else process.stdout.write(`${staleText(report, common.lang === 'zh')}\n`);
        return report.stale.length > 0 ? 1 : 0;
      }, flags.lang),
    );
}

function staleText(report: StaleReport, zh: boolean): string {
  const cell = (row: number, key: string) => {
    const col = report.table.mapping.columns[key];
    return col === undefined ? '' : cellToText(report.values[row - 1]?.[col] ?? null).trim();
  };
  // Grouped by owner: each owner sees their own stale customers and due follow-ups together.
  const owners = new Map<string, string[][]>();
  const add = (row: number, what: string, when: string, days: string) => {
    const owner = cell(row, 'owner') || (zh ? '（无负责人）' : '(no owner)');
    owners.set(owner, [...(owners.get(owner) ?? []), [String(row), cell(row, 'name'), what, when, days]]);
  };
  for (const s of report.stale) add(s.row, zh ? '长期未联系' : 'stale', s.lastTouched ?? (zh ? '从未' : 'never'), s.daysSince === null ? '' : String(s.daysSince));
  for (const f of report.followUpsDue) add(f.row, zh ? '待回访' : 'follow-up due', f.nextFollowUp, '');
  const lines: string[] = [];
  for (const [owner, rows] of [...owners].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`${visibleControls(owner)} (${rows.length})`);
    lines.push(textTable(zh ? ['行', '姓名', '情况', '日期', '天数'] : ['Row', 'Name', 'What', 'Date', 'Days'], rows.sort((a, b) => Number(a[0]) - Number(b[0]))));
    lines.push('');
  }
  lines.push(zh ? `${report.stale.length} 行长期未联系（超过 ${report.days} 天），${report.followUpsDue.length} 个回访到期（今天 ${report.today}）。` : `${report.stale.length} stale rows (over ${report.days} days), ${report.followUpsDue.length} follow-ups due (today ${report.today}).`);
  return lines.join('\n');
}
