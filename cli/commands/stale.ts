import { basename } from 'node:path';
import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { findStale, type StaleReport } from '../../shared/core/operations/stale';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { runAction } from '../runAction';
import { textTable } from '../textTable';

interface StaleFlags extends CommonFlags {
  days?: string;
}

export function registerStaleCommand(program: Command): void {
  withCommonOptions(program.command('stale').argument('<file>', '.xlsx or .csv customer file'))
    .option('--days <n>', "days without an update or contact before a row is stale (default: the template's, 180)")
    .description('rows nobody has touched for too long, and follow-ups due; exit 1 when stale rows exist')
    .action((file: string, flags: StaleFlags) =>
      runAction(async () => {
        const days = flags.days === undefined ? undefined : Number(flags.days);
        if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
          throw new DossierError('usage.days', { en: `--days must be a whole number of days above 0, not "${flags.days}".`, zh: `--days 必须是大于 0 的整数天数，而不是"${flags.days}"。` });
        }
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
    return col === undefined ? '' : cellToText(report.values[row - 1]?.[col] ?? null);
  };
  const lines: string[] = [];
  if (report.stale.length > 0) {
    lines.push(zh ? `长期未联系（超过 ${report.days} 天）：` : `Stale (not touched for more than ${report.days} days):`);
    lines.push(textTable(zh ? ['行', '姓名', '负责人', '上次', '天数'] : ['Row', 'Name', 'Owner', 'Last touched', 'Days'], report.stale.map((s) => [String(s.row), cell(s.row, 'name'), cell(s.row, 'owner'), s.lastTouched ?? (zh ? '从未' : 'never'), s.daysSince === null ? '' : String(s.daysSince)])));
    lines.push('');
  }
  if (report.followUpsDue.length > 0) {
    lines.push(zh ? '待回访：' : 'Follow-ups due:');
    lines.push(textTable(zh ? ['行', '姓名', '负责人', '回访日期'] : ['Row', 'Name', 'Owner', 'Follow-up'], report.followUpsDue.map((f) => [String(f.row), cell(f.row, 'name'), cell(f.row, 'owner'), f.nextFollowUp])));
    lines.push('');
  }
  lines.push(zh ? `${report.stale.length} 行长期未联系，${report.followUpsDue.length} 个回访到期（今天 ${report.today}）。` : `${report.stale.length} stale rows, ${report.followUpsDue.length} follow-ups due (today ${report.today}).`);
  return lines.join('\n');
}
