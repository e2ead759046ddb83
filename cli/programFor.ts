import type { Command } from 'commander';
import { baseProgram } from './baseProgram';
import { COMMAND_LOADERS } from './commandLoaders';

/**
 * The program for one run: when argv names a command, that command alone
 * (its module is all that loads); else every command, for help and for a
 * mistyped name's suggestions.
 */
export async function programFor(argv: readonly string[], onUsageExit: (code: number) => never): Promise<Command> {
  const name = argv[2] ?? '';
  if (!Object.hasOwn(COMMAND_LOADERS, name)) return (await import('./program')).createProgram(onUsageExit);
  const program = baseProgram(onUsageExit);
  (await COMMAND_LOADERS[name]!())(program);
  return program;
}
