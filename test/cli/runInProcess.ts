import { createProgram } from '../../cli/program';

class UsageExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * Runs one `dossier` command inside the test's own process (the same
 * program main.ts runs), capturing stdout, stderr and the exit code: a
 * child process per run costs seconds on a busy machine, and the property
 * and fuzz tests make hundreds of runs.
 */
export async function dossierInProcess(args: readonly string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const savedEnv = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
  Object.assign(process.env, env);
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  let code: number;
  try {
    await createProgram((c) => {
      throw new UsageExit(c);
    }).parseAsync(['node', 'dossier', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    code = error instanceof UsageExit ? error.code : 2;
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
