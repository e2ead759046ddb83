// Bundles the command line into dist/cli.js so `npx dossier` starts fast
// after `npm ci` (run by npm's `prepare`), with no TypeScript at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/cli.js',
  sourcemap: false,
  logLevel: 'warning',
});
