// Bundles the benchmarks into dist/bench.js for `npm run bench`, the way the
// product ships its code: the CLI (build-cli.mjs, same setup), the add-in
// (webpack) and the Sheets script (esbuild) all run bundled. Loaded file by
// file through tsx instead, every call between modules goes through an
// export getter, which made the import benchmark about a tenth slower than
// the bundle runs.
import { bundleForNode } from './bundleForNode.mjs';

// dist/ is as deep as bench/, so the paths the benchmarks build from __dirname still hold.
await bundleForNode('bench/run.ts', 'dist/bench.js');
