import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';

const bin = join(__dirname, '..', '..', 'bin', 'dossier.js');

/** Runs bin/dossier.js with a preload that prints each process's heap limit (MiB) as it exits. */
function run(args: string[], dir: string): { code: number; stderr: string; heaps: number[] } {
  const probe = join(dir, 'heap.cjs');
  writeFileSync(probe, "process.on('exit',()=>process.stderr.write('HEAP '+Math.round(require('v8').getHeapStatistics().heap_size_limit/1048576)+'\\n'))");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${probe}` };
  delete env.DOSSIER_HEAP_SET;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  const heaps = [...result.stderr.matchAll(/HEAP (\d+)/g)].map((m) => Number(m[1]));
  return { code: result.status ?? -1, stderr: result.stderr.replace(/HEAP \d+\n/g, ''), heaps };
}

describe('bin/dossier.js', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dossier-heap-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a command on a file over 48 MB again with a heap sized from the machine, passing its exit code and message on', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    // Sparse: 65 MB of NUL bytes on disk without writing them; no customer header in it.
    truncateSync(big, 65 * 1_048_576);
    const { code, stderr, heaps } = run(['check', big], dir);
    const wanted = Math.floor((totalmem() * 0.75) / 1_048_576);
    const own = getHeapStatistics().heap_size_limit / 1_048_576;
    if (wanted > own) {
      expect(heaps).toHaveLength(2);
      expect(Math.max(...heaps)).toBeGreaterThanOrEqual(wanted);
    } else expect(heaps).toHaveLength(1);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('runs a command on a small file in its own process', () => {
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'Name,Phone\n王芳,13812345678\n');
    const { code, heaps } = run(['check', small, '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(heaps).toHaveLength(1);
  });
});
