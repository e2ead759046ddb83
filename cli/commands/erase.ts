import { Command, Option } from 'commander';
import { findCustomerSheet } from '../../shared/core/table/findCustomerSheet';
import { eraseCustomer, type EraseMatch, type EraseReport } from '../../shared/core/safety/erase';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
import { filesMentioning } from '../filesMentioning';
import { runAction } from '../runAction';
import { visibleControls } from '../visibleControls';

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
        const { result, common, companions, auditPath } = await rewriteFile(file, flags.output, flags, async (workbook, common) => {
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
        // What erase cannot reach: the input itself (never changed), earlier outputs, companions and change logs beside it or the output.
        const written = [flags.output, ...companions.map((c) => c.path), ...(auditPath ? [auditPath] : [])];
        const sideFiles = result.removed.length > 0 ? await filesMentioning([file, flags.output], written, result.mentions) : [];
        const { mentions: _mentions, ...document } = result;
        if (common.format === 'json') printJson({ ...document, sideFiles, output: flags.output });
        else process.stdout.write(`${[eraseText(result, flags.output, common.lang === 'zh'), ...sideFileLines(sideFiles, common.lang === 'zh')].join('\n')}\n`);
        return result.removed.length > 0 ? 0 : 1;
      }, flags.lang),
    );
}

function eraseText(report: EraseReport, out: string, zh: boolean): string {
  if (report.removed.length === 0) return zh ? `没有找到匹配的客户；${out} 与原文件内容相同。` : `No customer matched; ${out} holds the same data as the input.`;
  const lines = report.removed.map((r) => (zh ? `  ${r.sheet}：删除 ${r.rows} 行` : `  ${r.sheet}: ${r.rows} row(s) removed`));
  const head = zh ? `已从 ${out} 中删除客户 ${visibleControls(report.ids.join(', ')) || '(无编号)'}：` : `Erased customer ${visibleControls(report.ids.join(', ')) || '(no id)'} from ${out}:`;
  const tail = zh
    ? `审计日志中清除了 ${report.auditEntriesScrubbed} 条记录的值；日志只保留编号和带密钥的哈希 hmac-sha256:${report.hash.slice(0, 12)}…`
    : `${report.auditEntriesScrubbed} audit entries had their values blanked; the log keeps only the id and a keyed hash hmac-sha256:${report.hash.slice(0, 12)}…`;
  return [head, ...lines, tail].join('\n');
}

function sideFileLines(files: readonly string[], zh: boolean): string[] {
  if (files.length === 0) return [];
  return [
    zh ? `以下文件仍含有此客户的信息，Dossier 未改动它们；请删除或重新生成：` : `These files still hold this customer and were not changed by Dossier; delete or regenerate them:`,
    ...files.map((f) => `  ${f}`),
  ];
}
