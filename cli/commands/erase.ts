import { visibleControls } from '../visibleControls';
import { Command, Option } from 'commander';
import { findCustomerSheet } from '../../shared/core/table/findCustomerSheet';
import { eraseCustomer, type EraseMatch, type EraseReport } from '../../shared/core/safety/erase';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
import { runAction } from '../runAction';

interface EraseFlags extends CommonFlags {
  match: EraseMatch;
  output: string;
}

export function registerEraseCommand(program: Command): void {
  withCommonOptions(program.command('erase').argument('<file>', '.xlsx or .csv customer file').argument('<value>', 'the e-mail, phone or customer id of the person to forget'))
    .addOption(new Option('--match <field>', 'what VALUE is').choices(['email', 'phone', 'id']).makeOptionMandatory())
    .requiredOption('-o, --output <out>', 'where to write the copy without the customer (never the input)')
    .description('right to be forgotten: remove a customer from the customer sheet, Merged, snapshots and findings; the log keeps only the id and a hash')
    .action((file: string, value: string, flags: EraseFlags) =>
      runAction(async () => {
        const { result, common } = await rewriteFile(file, flags.output, flags, async (workbook, common) => {
          const sheet = await findCustomerSheet(workbook, common.template, common.sheet);
          const report = await eraseCustomer(workbook, {
            template: common.template,
            sheet: sheet.name,
            match: flags.match,
            value,
            context: normalizeContextFor(common),
            now: nowIso(),
            user: cliUser(),
          });
          return { result: report, sheet: sheet.name };
        });
        if (common.format === 'json') printJson(result);
        else process.stdout.write(`${eraseText(result, flags.output, common.lang === 'zh')}\n`);
        return result.removed.length > 0 ? 0 : 1;
      }, flags.lang),
    );
}

function eraseText(report: EraseReport, out: string, zh: boolean): string {
  if (report.removed.length === 0) return zh ? `没有找到匹配的客户；${out} 与原文件内容相同。` : `No customer matched; ${out} holds the same data as the input.`;
  const lines = report.removed.map((r) => (zh ? `  ${r.sheet}：删除 ${r.rows} 行` : `  ${r.sheet}: ${r.rows} row(s) removed`));
  const head = zh ? `已从 ${out} 中删除客户 ${visibleControls(report.ids.join(', ')) || '(无编号)'}：` : `Erased customer ${visibleControls(report.ids.join(', ')) || '(no id)'} from ${out}:`;
  const tail = zh
    ? `审计日志中清除了 ${report.auditEntriesScrubbed} 条记录的值；日志只保留编号和哈希 sha256:${report.hash.slice(0, 12)}…`
    : `${report.auditEntriesScrubbed} audit entries had their values blanked; the log keeps only the id and hash sha256:${report.hash.slice(0, 12)}…`;
  return [head, ...lines, tail].join('\n');
}
