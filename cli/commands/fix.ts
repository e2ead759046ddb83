import { Command } from 'commander';
import { checkWorkbook } from '../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../shared/core/operations/fix';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
import { rewriteFacts, rewriteNotes } from '../rewriteNotes';
import { runAction } from '../runAction';
import { textTable } from '../textTable';

interface FixFlags extends CommonFlags {
  output: string;
}

export function registerFixCommand(program: Command): void {
  withCommonOptions(program.command('fix').argument('<file>', '.xlsx or .csv customer file'))
    .requiredOption('-o, --output <out>', 'where to write the fixed copy (.xlsx or .csv; never the input)')
    .description('write a copy with every suggestion applied and blank ids filled; errors stay as they are')
    .action((file: string, flags: FixFlags) =>
      runAction(async () => {
        const rewrite = await rewriteFile(file, flags.output, flags, async (workbook, common, { snapshot }) => {
          const report = await checkWorkbook(workbook, common);
          // An .xlsx output carries the snapshot, so `dossier undo` works on it as on a host's workbook.
          const { changed } = await fixWorkbook(workbook, report, planFix(report), { now: nowIso(), snapshot, user: cliUser() });
          return { result: changed, sheet: report.sheet };
        });
        const { result: changed, common } = rewrite;
        if (common.format === 'json') {
          printJson({ changed, ...rewriteFacts(rewrite, flags.output) });
          return 0;
        }
        const zh = common.lang === 'zh';
        if (changed.length > 0) process.stdout.write(`${textTable(zh ? ['行', '字段', '原值', '新值'] : ['Row', 'Field', 'From', 'To'], changed.map((c) => [String(c.row), c.field, c.from, c.to]))}\n\n`);
        const head = zh ? `已修改 ${changed.length} 个单元格，写入 ${flags.output}。` : `Changed ${changed.length} cells; wrote ${flags.output}.`;
        process.stdout.write(`${[head, ...rewriteNotes(rewrite, file, flags.output, zh, { undo: changed.length > 0 })].join('\n')}\n`);
        return 0;
      }, flags.lang),
    );
}
