import { Command } from 'commander';

/**
 * The `dossier` program before any command is added: its name, help text,
 * version and usage-error exit. `onUsageExit` receives commander's exit
 * code for usage errors and --help/--version (main exits the process;
 * tests that run many commands in one process throw instead).
 */
export function baseProgram(onUsageExit: (code: number) => never): Command {
  return (
    new Command()
      .name('dossier')
      .description('Customer-file (客户档案) toolkit: check, fix, deduplicate and report on .xlsx/.csv customer files')
      .version('0.1.0')
      // Usage errors exit 2 (cli.md), with commander's one-line message.
      .exitOverride((error) => onUsageExit(error.exitCode === 0 ? 0 : 2))
  );
}
