import { Command } from 'commander';
import { DossierError } from '../../shared/core/errors';
import { listSnapshots, restoreSnapshot, undoLast, type Snapshot } from '../../shared/core/safety/snapshots';
import { resolveCommonOptions, withCommonOptions, type CommonFlags } from '../commonOptions';
import { openInputFile } from '../inputFile';
import { printJson } from '../printJson';
import { rewriteFile } from '../rewriteFile';
import { runAction } from '../runAction';
import { textTable } from '../textTable';

interface OutFlags extends CommonFlags {
  output: string;
}

/**
 * Snapshots live inside a workbook that Excel or Sheets changed through
 * Dossier; the command line can list them and write a copy with one restored.
 */
export function registerSnapshotCommands(program: Command): void {
  withCommonOptions(program.command('snapshots').argument('<file>', '.xlsx workbook'))
    .description('list the snapshots Dossier kept in a workbook (time, operation, rows)')
    .action((file: string, flags: CommonFlags) =>
      runAction(async () => {
        const workbook = await openInputFile(file);
        const common = await resolveCommonOptions(flags, workbook);
        const snapshots = await listSnapshots(workbook);
        if (common.format === 'json') printJson({ file, snapshots: snapshots.map(summary) });
        else if (snapshots.length === 0) process.stdout.write(common.lang === 'zh' ? '此文件中没有快照。\n' : 'This file holds no snapshots.\n');
        else {
          const rows = snapshots.map((s) => [String(s.id), s.time, s.operation, s.sheets.map((x) => `${x.name} (${x.rows})`).join(', ')]);
          process.stdout.write(`${textTable(common.lang === 'zh' ? ['编号', '时间', '操作', '工作表（行数）'] : ['Id', 'Time', 'Operation', 'Sheets (rows)'], rows)}\n`);
        }
        return 0;
      }, flags.lang),
    );

  withCommonOptions(program.command('undo').argument('<file>', '.xlsx workbook'))
    .requiredOption('-o, --output <out>', 'where to write the restored copy (never the input)')
    .description('write a copy with the last operation undone (its snapshot restored)')
    .action((file: string, flags: OutFlags) =>
      runAction(async () => {
        const { result, common } = await rewriteFile(file, flags.output, flags, async (workbook) => {
          const undone = await undoLast(workbook);
          if (!undone) throw new DossierError('snapshot.none', { en: `"${file}" holds no snapshot to undo.`, zh: `"${file}"中没有可撤销的快照。` });
          return { result: undone };
        });
        report(result, flags.output, common.format, common.lang === 'zh');
        return 0;
      }, flags.lang),
    );

  withCommonOptions(program.command('restore').argument('<file>', '.xlsx workbook'))
    .requiredOption('--snapshot <id>', 'the snapshot to restore (see dossier snapshots)')
    .requiredOption('-o, --output <out>', 'where to write the restored copy (never the input)')
    .description('write a copy with any kept snapshot restored')
    .action((file: string, flags: OutFlags & { snapshot: string }) =>
      runAction(async () => {
        const id = Number(flags.snapshot);
        if (!Number.isInteger(id)) throw new DossierError('usage.snapshot', { en: `--snapshot must be a snapshot number, not "${flags.snapshot}".`, zh: `--snapshot 必须是快照编号，而不是"${flags.snapshot}"。` });
        const { result, common } = await rewriteFile(file, flags.output, flags, async (workbook) => ({ result: await restoreSnapshot(workbook, id) }));
        report(result, flags.output, common.format, common.lang === 'zh');
        return 0;
      }, flags.lang),
    );
}

function summary(s: Snapshot) {
  return { id: s.id, time: s.time, operation: s.operation, sheets: s.sheets.map((x) => ({ name: x.name, rows: x.rows })) };
}

function report(snapshot: Snapshot, out: string, format: 'json' | 'table', zh: boolean): void {
  if (format === 'json') printJson({ restored: summary(snapshot), output: out });
  else process.stdout.write(zh ? `已恢复快照 ${snapshot.id}（${snapshot.operation}，${snapshot.time}），写入 ${out}。\n` : `Restored snapshot ${snapshot.id} (${snapshot.operation}, ${snapshot.time}) into ${out}.\n`);
}
