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

/**
 * Every `dossier` command on one commander program. `onUsageExit` receives
 * commander's exit code for usage errors and --help/--version (main exits the
 * process; tests that run many commands in one process throw instead).
 */
export function createProgram(onUsageExit: (code: number) => never): Command {
  const program = new Command();
  program
    .name('dossier')
    .description('Customer-file (客户档案) toolkit: check, fix, deduplicate and report on .xlsx/.csv customer files')
    .version('0.1.0')
    // Usage errors exit 2 (cli.md), with commander's one-line message.
    .exitOverride((error) => onUsageExit(error.exitCode === 0 ? 0 : 2));
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
  return program;
}
