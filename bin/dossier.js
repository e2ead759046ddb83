#!/usr/bin/env node
'use strict';
// V8 caps its heap at about 4 GB whatever the machine has, and a
// million-row file (its cells, their standard forms, the match profiles)
// needs more: `dossier dedupe` of one died there. When a file named on the
// command line is that large, the CLI runs itself again with a heap sized
// from the machine's memory (three quarters of it), once; small files, the
// usual case, start no second process.
const { statSync } = require('node:fs');
const { totalmem } = require('node:os');
const { getHeapStatistics } = require('node:v8');

/** Files above this many bytes get the larger heap: about 200,000 rows of a customer .csv or .xlsx. */
const LARGE_FILE = 48 * 1024 * 1024;

function largeFileNamed(args) {
  for (const arg of args) {
    try {
      if (statSync(arg).size > LARGE_FILE) return true;
    } catch {
      // Not a file: an option or a value.
    }
  }
  return false;
}

const heapMiB = Math.floor((totalmem() * 0.75) / 1024 / 1024);
const args = process.argv.slice(2);
if (process.env.DOSSIER_HEAP_SET === undefined && getHeapStatistics().heap_size_limit < heapMiB * 1024 * 1024 && largeFileNamed(args)) {
  const { spawnSync } = require('node:child_process');
  const run = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMiB}`, __filename, ...args], {
    stdio: 'inherit',
    env: { ...process.env, DOSSIER_HEAP_SET: String(heapMiB) },
  });
  if (run.error) {
    process.stderr.write(`dossier: could not start with a larger memory limit (${run.error.message}).\ndossier：无法以更大的内存上限启动（${run.error.message}）。\n`);
    process.exit(2);
  }
  process.exit(run.status ?? 1);
} else {
  import('../dist/cli/main.mjs');
}
