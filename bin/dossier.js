#!/usr/bin/env node
'use strict';
const { statSync } = require('node:fs');
const { totalmem } = require('node:os');
const { getHeapStatistics } = require('node:v8');

// Node caps the JavaScript heap at about 4 GB whatever the machine holds, and a
// million-row workbook needs more while it is fixed. When an argument is a file
// over 64 MB, the command runs again in a Node whose heap may use three quarters
// of the machine's memory (never less than Node's own limit). Small files start
// at once, in this process. DOSSIER_HEAP_SIZED marks the second run.
const BIG_FILE = 64 * 1_048_576;
const heapMiB = Math.floor((totalmem() * 0.75) / 1_048_576);
const bigInput = process.argv.slice(2).some((arg) => {
  try {
    return statSync(arg).size > BIG_FILE;
  } catch {
    return false;
  }
});
if (bigInput && !process.env.DOSSIER_HEAP_SIZED && heapMiB > getHeapStatistics().heap_size_limit / 1_048_576) {
  const { spawnSync } = require('node:child_process');
  const run = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMiB}`, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, DOSSIER_HEAP_SIZED: '1' },
  });
  if (run.error) process.stderr.write(`dossier: could not start Node again with a larger heap (${run.error.message})\n`);
  if (run.signal) process.kill(process.pid, run.signal);
  process.exitCode = run.status ?? 1;
} else {
  require('../dist/cli.js');
}
