import { basename } from 'node:path';
import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { planMerge, type MergePlan } from '../../shared/core/dedupe/planMerge';
import type { Evidence } from '../../shared/core/dedupe/scorePair';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { findWorkbookDuplicates, type DedupeReport } from '../../shared/core/operations/dedupe';
import { mergeDuplicates } from '../../shared/core/operations/merge';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile, type Rewrite } from '../rewriteFile';
import { rewriteFacts, rewriteNotes } from '../rewriteNotes';
import { runAction } from '../runAction';
import { textTable } from '../textTable';
import { visibleControls } from '../visibleControls';

interface DedupeFlags extends CommonFlags {
  threshold?: string;
  possible?: string;
  merge?: boolean;
  output?: string;
}

export function registerDedupeCommand(program: Command): void {
  withCommonOptions(program.command('dedupe').argument('<file>', '.xlsx or .csv customer file'))
    .option('--threshold <score>', 'cut-off score in [0, 1] for a pair to count as the same customer (default 0.8)')
    .option('--possible <score>', 'lowest score in [0, 1] of a possible duplicate, listed for review and never merged (default 0.2)')
    .option('--merge', 'merge each cluster into its surviving row; merged-away rows move to the Merged sheet (needs -o)')
    .option('-o, --output <out>', 'where to write the merged copy (never the input)')
    .description('find customers entered more than once; exit 1 when duplicates are found')
    .action((file: string, flags: DedupeFlags) =>
      runAction(async () => {
        const threshold = flags.threshold === undefined ? undefined : Number(flags.threshold);
        if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
          throw new DossierError('usage.threshold', { en: `--threshold must be a number from 0 to 1, not "${flags.threshold}".`, zh: `--threshold 必须是 0 到 1 之间的数字，而不是"${flags.threshold}"。` });
        }
        const possible = flags.possible === undefined ? undefined : Number(flags.possible);
        if (possible !== undefined && !(possible >= 0 && possible <= 1)) {
          throw new DossierError('usage.possible', { en: `--possible must be a number from 0 to 1, not "${flags.possible}".`, zh: `--possible 必须是 0 到 1 之间的数字，而不是"${flags.possible}"。` });
        }
        if (flags.merge && !flags.output) throw new DossierError('usage.output', { en: '--merge writes a new file: give it with -o OUT.', zh: '--merge 会写出新文件：请用 -o 指定输出文件。' });
        let report: DedupeReport;
        let format: 'json' | 'table';
        let zh: boolean;
        let rewritten: Rewrite<DedupeReport> | null = null;
        let plans: MergePlan[] = [];
        if (flags.merge && flags.output) {
          rewritten = await rewriteFile(file, flags.output, flags, async (workbook, common, { snapshot }) => {
            const found = await findWorkbookDuplicates(workbook, { ...common, threshold, possible });
            plans = found.clusters.map((c) => planMerge(found.table, c.members));
            // An .xlsx output carries the snapshot, so `dossier undo` brings the merged-away rows back.
            if (plans.length > 0) await mergeDuplicates(workbook, found, plans, { now: nowIso(), user: cliUser(), lang: common.lang, snapshot });
            return { result: found, sheet: found.sheet };
          });
          report = rewritten.result;
          format = rewritten.common.format;
          zh = rewritten.common.lang === 'zh';
        } else {
          const workbook = await openInputFile(file);
          const common = await resolveCommonOptions(flags, workbook);
          report = await findWorkbookDuplicates(workbook, { ...common, threshold, possible });
          format = common.format;
          zh = common.lang === 'zh';
        }
        const clusters = report.clusters.map((c) => ({ rows: c.rows, score: c.score, reasons: c.reasons, evidence: c.evidence }));
        const possiblePairs = report.possible.map((p) => ({ rows: p.rows, score: p.score, reasons: p.reasons, evidence: p.evidence }));
        const merges = plans.map((p) => ({ survivor: p.survivor, mergedAway: p.mergedAway, conflicts: p.conflicts }));
        if (format === 'json') printJson({ file: basename(file), rows: report.rows, clusters, possible: possiblePairs, ...(rewritten && flags.output ? { merges, ...rewriteFacts(rewritten, flags.output) } : {}) });
        else {
          const lines = [dedupeText(report, zh, rewritten, rewritten ? flags.output : undefined), ...conflictLines(plans, zh)];
          if (rewritten && flags.output) lines.push(...rewriteNotes(rewritten, file, flags.output, zh, { undo: report.clusters.length > 0 }));
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return clusters.length > 0 ? 1 : 0;
      }, flags.lang),
    );
}

function dedupeText(report: DedupeReport, zh: boolean, rewritten: Rewrite<DedupeReport> | null, mergedInto?: string): string {
  const possible = possibleText(report, zh);
  if (report.clusters.length === 0) {
    const same = rewritten && mergedInto ? (zh ? ` ${mergedInto} 与原文件数据相同。` : ` ${mergedInto} holds the same data as the input.`) : '';
    return `${zh ? `${report.rows} 行中没有发现重复客户。` : `No duplicate customers among ${report.rows} rows.`}${same}${possible}`;
  }
  // Where the merged-away rows really are: the Merged sheet of an .xlsx, a companion file beside a .csv.
  const mergedSheet = rewritten?.companions.find((c) => c.sheet === 'Merged')?.path;
  const keptEn = mergedSheet ? `merged-away rows are kept whole in ${mergedSheet}` : 'merged-away rows are kept whole in its "Merged" sheet';
  const keptZh = mergedSheet ? `被合并的行完整保存在 ${mergedSheet}` : '被合并的行完整保存在其"Merged"工作表';
  const { table } = report;
  const cell = (rowNumber: number, key: string) => {
    const col = table.mapping.columns[key];
    return col === undefined ? '' : cellToText(report.values[rowNumber - 1]?.[col] ?? null);
  };
  const rows = report.clusters.flatMap((c, k) =>
    c.rows.map((row, i) => [i === 0 ? `#${k + 1}` : '', i === 0 ? c.score.toFixed(2) : '', i === 0 ? c.reasons.join(', ') : '', String(row), cell(row, 'id'), cell(row, 'name'), cell(row, 'phone'), cell(row, 'email')]),
  );
  const header = zh ? ['组', '得分', '依据', '行', '编号', '姓名', '电话', '邮箱'] : ['Cluster', 'Score', 'Reasons', 'Row', 'ID', 'Name', 'Phone', 'Email'];
  const rowCount = report.clusters.reduce((n, c) => n + c.rows.length, 0);
  const summary = zh
    ? `${report.clusters.length} 组重复，共 ${rowCount} 行（比较了 ${report.comparisons} 对）。${mergedInto ? `已合并并写入 ${mergedInto}；${keptZh}。` : '用 --merge -o OUT 合并。'}`
    : `${report.clusters.length} clusters, ${rowCount} rows (${report.comparisons} pairs compared). ${mergedInto ? `Merged into ${mergedInto}; ${keptEn}.` : 'Merge them with --merge -o OUT.'}`;
  return `${textTable(header, rows)}\n\n${summary}${possible}`;
}

/** The review tier, after the clusters: each pair with its score and how each field compared (never merged by --merge). */
function possibleText(report: DedupeReport, zh: boolean): string {
  if (report.possible.length === 0) return '';
  const rows = report.possible.map((p, k) => [`?${k + 1}`, p.score.toFixed(2), p.rows.join(', '), p.evidence.map((e) => `${e.field} ${AGREEMENT[e.agreement][zh ? 1 : 0]} ${e.weight > 0 ? '+' : ''}${e.weight}`).join('; ')]);
  const header = zh ? ['可能', '得分', '行', '依据（逐字段，比特）'] : ['Possible', 'Score', 'Rows', 'Evidence (field by field, bits)'];
  const note = zh
    ? `另有 ${report.possible.length} 对可能重复，需人工核对；--merge 不会合并它们。`
    : `${report.possible.length} more pairs are possible duplicates for a person to review; --merge never merges them.`;
  return `\n\n${textTable(header, rows)}\n\n${note}`;
}

const AGREEMENT: Record<Evidence['agreement'], [string, string]> = {
  agree: ['agrees', '一致'],
  near: ['nearly agrees', '接近'],
  partial: ['partly agrees', '部分一致'],
  disagree: ['disagrees', '不一致'],
  missing: ['missing', '缺失'],
};

/** The decisions a person should see: consent settled by the most restrictive row, and how many other fields disagreed. */
function conflictLines(plans: readonly MergePlan[], zh: boolean): string[] {
  const lines: string[] = [];
  let others = 0;
  for (const plan of plans) {
    for (const c of plan.conflicts) {
      if (c.rule !== 'most-restrictive') {
        others++;
        continue;
      }
      const said = c.values.map((v) => (zh ? `第 ${v.row} 行"${v.value}"` : `row ${v.row} "${v.value}"`)).join(zh ? '，' : ', ');
      lines.push(
        visibleControls(
          zh
            ? `营销许可不一致（${said}）：保留最严格的"${c.chosen}"${c.chosen === '' ? '（空白，即未同意）' : ''}，合并后行 ${plan.survivor}。`
            : `Consent disagreed (${said}): kept the most restrictive, "${c.chosen}"${c.chosen === '' ? ' (blank: not consent)' : ''}, on row ${plan.survivor}.`,
        ),
      );
    }
  }
  if (others > 0) lines.push(zh ? `另有 ${others} 处字段不一致，已按合并规则处理（--format json 列出）。` : `${others} other fields disagreed and were settled by the merge rules (--format json lists them).`);
  return lines;
}
