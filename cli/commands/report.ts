import { extname } from 'node:path';
import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { buildWorkbookReport, writeReport } from '../../shared/core/operations/report';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { renderReportHtml } from '../../shared/report/renderReportHtml';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { wholeDays } from '../wholeDays';
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
}

export function registerReportCommand(program: Command): void {
  withCommonOptions(program.command('report').argument('<file>', '.xlsx or .csv customer file'))
    .requiredOption('-o, --output <out>', 'the report to write: .xlsx (tables; charts in Excel and Sheets) or .html (tables and charts)')
    .option('--mask-pii', 'mask names, phones and e-mails everywhere in the output (the default)')
    .option('--no-mask', 'show personal data unmasked (masked by default: reports are made to be shared)')
    .option('--days <n>', 'stale threshold in days')
    .option('--period <days>', 'the period for "new customers" in sales performance (default 30)')
    .description("the manager's report: pivot-style summaries by owner, grade, stage, source and place, sales, satisfaction, churn, follow-ups and data quality")
    .action((file: string, flags: ReportFlags) =>
      runAction(async () => {
        const ext = extname(flags.output).toLowerCase();
        if (ext !== '.xlsx' && ext !== '.html') {
          throw new DossierError('output.badExtension', { en: `The report must be .xlsx or .html, not "${ext || flags.output}".`, zh: `报表文件必须是 .xlsx 或 .html，而不是"${ext || flags.output}"。` });
        }
        assertNotInput(flags.output, file, flags.template);
        // Checked as stale checks them: "abc" or -5 would silently count no row, or every row, as stale.
        const staleDays = wholeDays(flags.days, '--days');
        const periodDays = wholeDays(flags.period, '--period');
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const model = await buildWorkbookReport(workbook, {
          ...common,
          mask: flags.maskPii === true || flags.mask,
          staleDays,
          periodDays,
        });
        if (ext === '.html') await writeAtomically(flags.output, await renderReportHtml(model));
        else {
          // A report file of its own (the input's data stays out of it): an overview sheet with
          // every section, then one sheet per section. Charts are drawn by Excel and Sheets from the
          // same model (the report sheet in the add-in); exceljs cannot write chart parts.
          const out = new MemoryWorkbook();
          await writeReport(out, model, { now: nowIso(), user: cliUser(), snapshot: false });
          for (const name of out.sheetNames()) if (name === 'Audit') await out.deleteSheet(name);
          const used = new Set(out.sheetNames());
          for (const section of model.sections) {
            let name = section.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim();
            for (let k = 2; used.has(name); k++) name = `${name.slice(0, 27)} (${k})`;
            used.add(name);
            await out.addSheet(name);
            await out.writeTable(name, 0, 0, { header: section.table.header, rows: section.table.rows, totalsRow: section.table.totalsRow });
            await out.freezeRows(name, 1);
          }
          await saveOutputFile(out, flags.output, { inputPath: file });
        }
        if (common.format === 'json') printJson(model.summary);
        else process.stdout.write(common.lang === 'zh' ? `报表已写入 ${flags.output}（${model.sections.length} 个部分${model.masked ? '，个人信息已脱敏' : ''}）。\n` : `Wrote the report to ${flags.output} (${model.sections.length} sections${model.masked ? ', personal data masked' : ''}).\n`);
        return 0;
      }, flags.lang),
    );
}
