import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface BatchResult {
  readonly results: ReadonlyArray<{ args: string[]; code: number; stderr: string; stdoutBytes: number }>;
  readonly maxRssKb: number;
}

/** Runs the commands in one child with a V8 heap ceiling (MB); a run that exceeds it kills the child, and this throws. */
export function dossierBatch(runs: readonly (readonly string[])[], heapMb: number): BatchResult {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(__dirname, 'runBatch.ts')], {
    cwd: root,
    input: JSON.stringify(runs),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  if (child.status !== 0) throw new Error(`batch child ended with ${child.status ?? child.signal}: ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout) as BatchResult;
}
