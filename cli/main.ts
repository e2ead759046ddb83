import { Command } from 'commander';
import { registerCheckCommand } from './commands/check';
import { registerDedupeCommand } from './commands/dedupe';
import { registerEraseCommand } from './commands/erase';
import { registerExportCommand } from './commands/export';
import { registerFixCommand } from './commands/fix';
import { registerImportCommand } from './commands/import';
import { registerReportCommand } from './commands/report';
import { registerSegmentCommand } from './commands/segment';
import { registerSnapshotCommands } from './commands/snapshots';
import { registerStaleCommand } from './commands/stale';
import { registerTemplateCommand } from './commands/template';

// A reader that stops early (`dossier check … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const program = new Command();
program
  .name('dossier')
  .description('Customer-file (客户档案) toolkit: check, fix, deduplicate and report on .xlsx/.csv customer files')
  .version('0.1.0')
  // Usage errors exit 2 (cli.md), with commander's one-line message.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerCheckCommand(program);
registerFixCommand(program);
registerTemplateCommand(program);
registerDedupeCommand(program);
registerStaleCommand(program);
registerReportCommand(program);
registerSegmentCommand(program);
registerEraseCommand(program);
registerExportCommand(program);
registerImportCommand(program);
registerSnapshotCommands(program);

program.parseAsync(process.argv).catch(() => {
  process.exitCode = 2;
});
