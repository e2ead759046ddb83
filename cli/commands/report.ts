import { extname } from 'node:path';
import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { REPORT_SECTIONS } from '../../shared/core/insights/reportModel';
import { buildWorkbookReport } from '../../shared/core/operations/report';
import { renderReportHtml } from '../../shared/report/renderReportHtml';
import { reportWorkbook } from '../../shared/report/reportWorkbook';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { assertNotInput, saveOutputFile, writeAtomically } from '../outputFile';
import { printJson } from '../printJson';
import { cliUser, nowIso } from '../rewriteFile';
import { runAction } from '../runAction';

interface ReportFlags extends CommonFlags {
  output: string;
  mask: boolean;
  maskPii?: boolean;
  days?: string;
  period?: string;
  sections?: string;
}

export function registerReportCommand(program: Command): void {
  withCommonOptions(program.command('report').argument('<file>', '.xlsx or .csv customer file'))
    .requiredOption('-o, --output <out>', 'the report to write: .xlsx (tables, number formats, native charts, print area) or .html (tables and charts, prints on A4)')
    .option('--mask-pii', 'mask names, phones and e-mails everywhere in the output (the default)')
    .option('--no-mask', 'show personal data unmasked (masked by default: reports are made to be shared)')
    .option('--days <n>', 'stale threshold in days')
    .option('--period <days>', 'the headline\'s period in days, compared with the one before it (default 30)')
    .option('--sections <ids>', `the sections to include, comma-separated (default all): ${REPORT_SECTIONS.map((s) => s.id).join(', ')}`)
    .description("the manager's report: a headline (this period against the previous one), then summaries by owner, grade, stage, source and place, sales, satisfaction, churn, follow-ups and data quality, with charts; in the sheet's language unless --lang is given")
    .action((file: string, flags: ReportFlags) =>
      runAction(async () => {
        const ext = extname(flags.output).toLowerCase();
        if (ext !== '.xlsx' && ext !== '.html') {
          throw new DossierError('output.badExtension', { en: `The report must be .xlsx or .html, not "${ext || flags.output}".`, zh: `报表文件必须是 .xlsx 或 .html，而不是"${ext || flags.output}"。` });
        }
        assertNotInput(flags.output, file, flags.template);
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const model = await buildWorkbookReport(workbook, {
          ...common,
          // Without --lang the report speaks the sheet's language (a Chinese header, a Chinese report).
          langFromHeader: flags.lang === undefined,
          mask: flags.maskPii === true || flags.mask,
          staleDays: flags.days === undefined ? undefined : positiveDays(flags.days, '--days'),
          periodDays: flags.period === undefined ? undefined : positiveDays(flags.period, '--period'),
          sections: flags.sections === undefined ? undefined : sectionIds(flags.sections),
        });
        if (ext === '.html') await writeAtomically(flags.output, await renderReportHtml(model));
        else {
          const out = await reportWorkbook(model, { now: nowIso(), user: cliUser() });
          await saveOutputFile(out, flags.output, { inputPath: file });
        }
        if (common.format === 'json') printJson(model.summary);
        else process.stdout.write(model.lang === 'zh' ? `报表已写入 ${flags.output}（${model.sections.length} 个部分${model.masked ? '，个人信息已脱敏' : ''}）。\n` : `Wrote the report to ${flags.output} (${model.sections.length} sections${model.masked ? ', personal data masked' : ''}).\n`);
        return 0;
      }, flags.lang),
    );
}

function positiveDays(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 3660) {
    throw new DossierError('usage.days', { en: `${flag} must be a whole number of days from 1 to 3660, not "${text}".`, zh: `${flag} 必须是 1 到 3660 之间的整数天数，而不是"${text}"。` });
  }
  return n;
}

function sectionIds(text: string): string[] {
  const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
  const known = new Set(REPORT_SECTIONS.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (ids.length === 0 || unknown.length > 0) {
    const list = [...known].join(', ');
    throw new DossierError('usage.sections', { en: `Unknown report section "${unknown[0] ?? text}"; choose from: ${list}.`, zh: `没有名为"${unknown[0] ?? text}"的报表部分；可选：${list}。` });
  }
  return ids;
}
