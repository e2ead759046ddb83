import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { applySegments } from '../../shared/core/operations/applySegments';
import { withCommonOptions, type CommonFlags } from '../commonOptions';
import { printJson } from '../printJson';
import { cliUser, nowIso, rewriteFile } from '../rewriteFile';
import { runAction } from '../runAction';

interface SegmentFlags extends CommonFlags {
  output: string;
  grade?: boolean;
  stage?: boolean;
}

export function registerSegmentCommand(program: Command): void {
  withCommonOptions(program.command('segment').argument('<file>', '.xlsx or .csv customer file'))
    .requiredOption('-o, --output <out>', 'where to write the copy with segments (never the input)')
    .option('--grade', 'write the ABC value tier (A: top 80% of spend, B: next 15%, C: rest, D: no purchase) into Grade')
    .option('--stage', 'write the lifecycle stage (Prospect, New, Active, Loyal, At risk, Churned) into Stage')
    .description('write computed segments into the grade and stage columns (only those asked for)')
    .action((file: string, flags: SegmentFlags) =>
      runAction(async () => {
        if (!flags.grade && !flags.stage) throw new DossierError('usage.segment', { en: 'Say which segments to write: --grade, --stage or both.', zh: '请指定要写入的分群：--grade、--stage 或两者。' });
        const { result, common } = await rewriteFile(file, flags.output, flags, async (workbook, c, { snapshot }) => {
          const r = await applySegments(workbook, { ...c, grade: Boolean(flags.grade), stage: Boolean(flags.stage), now: nowIso(), user: cliUser(), snapshot });
          return { result: r, sheet: r.sheet };
        });
        if (common.format === 'json') printJson({ changed: result.changed, output: flags.output });
        else process.stdout.write(common.lang === 'zh' ? `已更新 ${result.changed} 个单元格，写入 ${flags.output}。\n` : `Updated ${result.changed} cells; wrote ${flags.output}.\n`);
        return 0;
      }, flags.lang),
    );
}
