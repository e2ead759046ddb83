import { basename } from 'node:path';
import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { parseColumnMap } from '../../shared/core/import/parseColumnMap';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { importCustomers, type ImportResult } from '../../shared/core/operations/importCustomers';
import type { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { resolveCommonOptions, withCommonOptions, type Common, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile, type Rewrite } from '../rewriteFile';
import { rewriteFacts, rewriteNotes } from '../rewriteNotes';
import { runAction } from '../runAction';
import { textTable } from '../textTable';
import { visibleControls } from '../visibleControls';

interface ImportFlags extends CommonFlags {
  into: string;
  output?: string;
  map?: string;
  source?: string;
  sourceSheet?: string;
  keepUnmapped?: boolean;
  dryRun?: boolean;
  threshold?: string;
}

export function registerImportCommand(program: Command): void {
  withCommonOptions(program.command('import').argument('<source>', '.xlsx or .csv file with customers from another channel (any encoding the reader knows)'))
    .requiredOption('--into <file>', 'the customer file to import into (never modified)')
    .option('-o, --output <out>', 'where to write the customer file with the import applied')
    .option('--map <pairs>', 'column overrides, e.g. "手机号码=phone,Org=company" ("Header=" leaves a column out)')
    .option('--source <channel>', 'the channel new customers came from (Website, Event, 展会活动…)')
    .option('--source-sheet <name>', 'the sheet of SOURCE to read (default: its first visible sheet)')
    .option('--keep-unmapped', 'keep columns the template does not know in notes, as "Header: value"')
    .option('--threshold <score>', 'score from which an incoming row updates an existing customer (default 0.8)')
    .option('--dry-run', 'print the counts and the mapping, write nothing')
    .description('upsert customers from another source: update confident matches, hold uncertain ones for review, append the rest with new ids')
    .action((source: string, flags: ImportFlags) =>
      runAction(async () => {
        const sourceBook = await openInputFile(source);
        const sourceSheet = await pickSourceSheet(sourceBook, flags.sourceSheet);
        const run = async (workbook: MemoryWorkbook, common: Common, snapshot: boolean) =>
          importCustomers(workbook, sourceSheet, {
            template: common.template,
            lang: common.lang,
            context: normalizeContextFor(common),
            sheet: common.sheet,
            overrides: flags.map ? parseColumnMap(flags.map, common.template) : undefined,
            source: flags.source,
            keepUnmapped: flags.keepUnmapped,
            threshold: flags.threshold === undefined ? undefined : Number(flags.threshold),
            dryRun: flags.dryRun,
            now: nowIso(),
            user: cliUser(),
            snapshot,
          });
        let result: ImportResult;
        let common: Common;
        let rewritten: Rewrite<ImportResult> | null = null;
        if (flags.dryRun || !flags.output) {
          if (!flags.dryRun) throw new DossierError('usage.output', { en: 'Give -o OUT for the result, or --dry-run to only see the counts.', zh: '请用 -o 指定输出文件，或用 --dry-run 只查看统计。' });
          const workbook = await openInputFile(flags.into);
          common = await resolveCommonOptions(flags, workbook);
          result = await run(workbook, common, false);
        } else {
          // The source is an input too: no output, companion or log may land on it.
          rewritten = await rewriteFile(
            flags.into,
            flags.output,
            flags,
            async (workbook, c, { snapshot }) => {
              const r = await run(workbook, c, snapshot);
              return { result: r, sheet: r.sheet };
            },
            [source],
          );
          result = rewritten.result;
          common = rewritten.common;
        }
        const { plan } = result;
        const document = {
          source: basename(source),
          into: basename(flags.into),
          dryRun: Boolean(flags.dryRun),
          new: plan.newRows.length,
          updated: plan.updates.length,
          review: plan.review.length,
          rejected: plan.rejected.length,
          mergedWithinSource: plan.mergedWithinSource,
          mapping: result.mapping.preview,
          unmapped: result.mapping.unmapped.map((u) => u.header),
          changes: plan.changes,
        };
        if (common.format === 'json') printJson({ ...document, ...(rewritten && flags.output ? rewriteFacts(rewritten, flags.output) : {}) });
        else {
          const zh = common.lang === 'zh';
          const lines = [importText(document, result, zh, rewritten, flags.output)];
          if (rewritten && flags.output) lines.push(...rewriteNotes(rewritten, flags.into, flags.output, zh));
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return 0;
      }, flags.lang),
    );
}

async function pickSourceSheet(book: MemoryWorkbook, name?: string) {
  if (name !== undefined) return book.readSheet(name);
  const first = (await book.listSheets()).find((s) => !s.hidden) ?? (await book.listSheets())[0];
  return book.readSheet(first?.name ?? '');
}

function importText(
  doc: { new: number; updated: number; review: number; rejected: number; mergedWithinSource: number; unmapped: string[]; dryRun: boolean },
  result: ImportResult,
  zh: boolean,
  rewritten: Rewrite<ImportResult> | null,
  out?: string,
): string {
  const mapping = textTable(zh ? ['源列', '字段', '方式'] : ['Source column', 'Field', 'How'], result.mapping.preview.map((p) => [p.header, p.key, p.how]));
  const lines = [mapping, ''];
  if (doc.unmapped.length > 0) lines.push(visibleControls(zh ? `未对应的列（用 --keep-unmapped 保留到备注）：${doc.unmapped.join(', ')}` : `Unmapped columns (keep them in notes with --keep-unmapped): ${doc.unmapped.join(', ')}`));
  lines.push(
    zh
      ? `新增 ${doc.new}，更新 ${doc.updated}，待审核 ${doc.review}，拒绝 ${doc.rejected}（来源内部合并 ${doc.mergedWithinSource} 行）。`
      : `${doc.new} new, ${doc.updated} updated, ${doc.review} held for review, ${doc.rejected} rejected (${doc.mergedWithinSource} source rows merged with each other).`,
  );
  if (doc.dryRun) lines.push(zh ? '试运行：未写入任何文件。' : 'Dry run: nothing was written.');
  else if (out && rewritten) {
    const held = doc.review + doc.rejected > 0;
    if (!held || rewritten.format === 'csv') lines.push(zh ? `已写入 ${out}。` : `Wrote ${out}.`);
    // A .csv output's held and rejected rows are companion files, listed below.
    else lines.push(zh ? `已写入 ${out}（拒绝与待审核的行在其"Import rejected"和"Import review"工作表中）。` : `Wrote ${out} (rejected and held rows are in its "Import rejected" and "Import review" sheets).`);
  }
  return lines.join('\n');
}
