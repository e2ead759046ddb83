import { Command } from 'commander';
import { checkWorkbook } from '../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../shared/core/operations/fix';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
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
        const { result: changed, common, auditPath } = await rewriteFile(file, flags.output, flags, async (workbook, common) => {
          const report = await checkWorkbook(workbook, common);
          // The command line writes a new file, so the input itself is the snapshot.
          const { changed } = await fixWorkbook(workbook, report, planFix(report), { now: nowIso(), snapshot: false, user: cliUser() });
          return { result: changed, sheet: report.sheet };
        });
        if (common.format === 'json') {
          printJson({ changed });
          return 0;
        }
        const zh = common.lang === 'zh';
        if (changed.length > 0) process.stdout.write(`${textTable(zh ? ['行', '字段', '原值', '新值'] : ['Row', 'Field', 'From', 'To'], changed.map((c) => [String(c.row), c.field, c.from, c.to]))}\n\n`);
        process.stdout.write(
          zh
            ? `已修改 ${changed.length} 个单元格，写入 ${flags.output}${auditPath ? `；变更记录：${auditPath}` : ''}。原文件未改动。\n`
            : `Changed ${changed.length} cells; wrote ${flags.output}${auditPath ? `; change log: ${auditPath}` : ''}. ${file} is unchanged.\n`,
        );
        return 0;
      }, flags.lang),
    );
}
