// Bundles the benchmarks into dist/bench.js for `npm run bench`, the way the
// product ships its code: the CLI (build-cli.mjs), the add-in (webpack) and
// the Sheets script (esbuild) all run bundled. Loaded file by file through
// tsx instead, every call between modules goes through an export getter,
// which made the import benchmark about a tenth slower than the bundle runs.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // dist/ is as deep as bench/, so the paths the benchmarks build from __dirname still hold.
  outfile: 'dist/bench.js',
  sourcemap: false,
  logLevel: 'warning',
});
