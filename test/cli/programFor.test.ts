import { COMMAND_LOADERS } from '../../cli/commandLoaders';
import { createProgram } from '../../cli/program';
import { programFor } from '../../cli/programFor';

const exit = (code: number): never => {
  throw new Error(`exit ${code}`);
};
const argv = (...args: string[]) => ['node', 'dossier', ...args];

describe('programFor: the named command alone, else every command', () => {
  const full = createProgram(exit);

  it('has a loader for every command of the full program, and none besides', () => {
    expect(Object.keys(COMMAND_LOADERS).sort()).toEqual(full.commands.map((c) => c.name()).sort());
  });

  it.each(full.commands.map((c) => c.name()))('%s: the command loaded alone is the one the full program has (options, arguments, help)', async (name) => {
    const program = await programFor(argv(name, 'file.csv'), exit);
    const alone = program.commands.find((c) => c.name() === name);
    const whole = full.commands.find((c) => c.name() === name)!;
    expect(alone).toBeDefined();
    expect(alone!.helpInformation()).toBe(whole.helpInformation());
    expect(program.name()).toBe(full.name());
    expect(program.version()).toBe(full.version());
  });

  it.each([[[]], [['--help']], [['help', 'check']], [['chek', 'x.csv']], [['toString']], [['__proto__']]])('%j: every command', async (args) => {
    const program = await programFor(argv(...args), exit);
    expect(program.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
  });
});
