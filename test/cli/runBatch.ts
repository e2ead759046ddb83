/**
 * Runs many `dossier` commands in one child process (tests spawn it with a
 * heap ceiling): reads a JSON array of argument lists on stdin, runs each in
 * turn in-process, and prints one JSON document with each run's exit code
 * and stderr, and the process's peak resident memory. One process for
 * hundreds of runs keeps the fuzz test fast on a busy 2-core machine; the
 * ceiling holds for every run, since a run that blew it would crash the child.
 */
import { readFileSync } from 'node:fs';
import { dossierInProcess } from './runInProcess';

async function main(): Promise<void> {
  const runs = JSON.parse(readFileSync(0, 'utf8')) as string[][];
  const results: Array<{ args: string[]; code: number; stderr: string; stdoutBytes: number }> = [];
  for (const args of runs) {
    const r = await dossierInProcess(args);
    results.push({ args, code: r.code, stderr: r.stderr, stdoutBytes: r.stdout.length });
  }
  const document = JSON.stringify({ results, maxRssKb: process.resourceUsage().maxRSS });
  process.stdout.write(document);
}

void main();
