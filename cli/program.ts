import type { Command } from 'commander';
import { baseProgram } from './baseProgram';
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
  const program = baseProgram(onUsageExit);
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
