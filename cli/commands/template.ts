import { Command } from 'commander';
import { applyTemplate } from '../../shared/core/operations/applyTemplate';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
import { runAction } from '../runAction';

interface TemplateFlags extends CommonFlags {
  output: string;
  addMissing: boolean;
}

export function registerTemplateCommand(program: Command): void {
  withCommonOptions(program.command('template').argument('<file>', '.xlsx or .csv file (an empty workbook gets a new customer sheet)'))
    .requiredOption('-o, --output <out>', 'where to write the shaped copy (.xlsx keeps formats and dropdowns; never the input)')
    .option('--no-add-missing', 'do not add columns for template fields the sheet lacks')
    .description('apply the customer-file template: headers, date and number formats, dropdowns, frozen and locked header; existing columns stay where they are')
    .action((file: string, flags: TemplateFlags) =>
      runAction(async () => {
        const { result, common } = await rewriteFile(file, flags.output, flags, async (workbook, common, { snapshot }) => {
          const applied = await applyTemplate(workbook, { template: common.template, lang: common.lang, sheet: common.sheet, addMissing: flags.addMissing, now: nowIso(), user: cliUser(), snapshot });
          return { result: applied, sheet: applied.sheet };
        });
        const { snapshot: _snapshot, ...document } = result;
        if (common.format === 'json') printJson(document);
        else {
          const zh = common.lang === 'zh';
          process.stdout.write(
            zh
              ? `工作表"${result.sheet}"${result.created ? '已新建' : '已套用模板'}：识别 ${result.mapped.length} 列，新增 ${result.added.length} 列${result.unknown.length ? `，保留未识别列 ${result.unknown.join(', ')}` : ''}。写入 ${flags.output}。\n`
              : `Sheet "${result.sheet}" ${result.created ? 'created' : 'shaped'}: ${result.mapped.length} columns recognized, ${result.added.length} added${result.unknown.length ? `, kept unknown ${result.unknown.join(', ')}` : ''}. Wrote ${flags.output}.\n`,
          );
        }
        return 0;
      }, flags.lang),
    );
}
