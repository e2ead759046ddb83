import { basename } from 'node:path';
import { Command } from 'commander';
import type { Lang } from '../../shared/core/i18n/lang';
import { checkWorkbook, type CheckReport } from '../../shared/core/operations/check';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { runAction } from '../runAction';
import { textTable } from '../textTable';
import { visibleControls } from '../visibleControls';

export function registerCheckCommand(program: Command): void {
  withCommonOptions(program.command('check').argument('<file>', '.xlsx or .csv customer file'))
    .description('validate every row against the template; exit 1 when errors are found')
    .action((file: string, flags: CommonFlags) =>
      runAction(async () => {
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const report = await checkWorkbook(workbook, { ...common, today: common.today });
        if (common.format === 'json') printJson(checkDocument(file, report));
        else process.stdout.write(`${checkText(file, report, common.lang)}\n`);
        return report.summary.errors > 0 ? 1 : 0;
      }, flags.lang),
    );
}

/** cli.md's `check` document. */
export function checkDocument(file: string, report: CheckReport) {
  return { file: basename(file), sheet: report.sheet, rows: report.rows, findings: report.findings, summary: report.summary };
}

function checkText(file: string, report: CheckReport, lang: Lang): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(zh ? `${basename(file)} · 工作表"${report.sheet}" · ${report.rows} 行` : `${basename(file)} · sheet "${report.sheet}" · ${report.rows} rows`);
  if (report.mapping.unknown.length > 0) {
    const names = visibleControls(report.mapping.unknown.map((u) => u.header).join(', '));
    lines.push(zh ? `未识别的列（保留不动）：${names}` : `Columns not in the template (kept as they are): ${names}`);
  }
  for (const d of report.mapping.duplicates) {
    lines.push(zh ? `第 ${d.col + 1} 列"${visibleControls(d.header)}"与前面的列重复（${d.key}），只检查第一列。` : `Column ${d.col + 1} "${visibleControls(d.header)}" repeats an earlier column (${d.key}); only the first is checked.`);
  }
  if (report.mapping.missing.length > 0) lines.push(zh ? `模板中缺少的列：${report.mapping.missing.join(', ')}` : `Template fields without a column: ${report.mapping.missing.join(', ')}`);
  if (report.findings.length > 0) {
    lines.push('');
    lines.push(
      textTable(
        zh ? ['行', '字段', '级别', '值', '说明'] : ['Row', 'Field', 'Severity', 'Value', 'Message'],
        report.findings.map((f) => [String(f.row), f.field, severityLabel(f.severity, lang), f.value, f.message]),
      ),
    );
    lines.push('');
  }
  const { errors, warnings } = report.summary;
  lines.push(zh ? `${errors} 个错误，${warnings} 个警告（警告可用 dossier fix 自动修正）。` : `${errors} errors, ${warnings} warnings (dossier fix applies the warnings' suggestions).`);
  return lines.join('\n');
}

function severityLabel(severity: string, lang: Lang): string {
  if (lang === 'zh') return severity === 'error' ? '错误' : '警告';
  return severity;
}
