import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** Builds the browser preview (the pane on a workbook in memory) into `outDir`: preview.html, preview.js and the sample. */
export async function buildPreview(outDir = join(root, 'dist', 'preview')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    // The page, and the two workers the core runs in (see preview/worker/protocol.ts).
    entryPoints: { preview: join(root, 'preview', 'main.tsx'), 'preview-compute': join(root, 'preview', 'worker', 'computeWorker.ts'), 'preview-vault': join(root, 'preview', 'worker', 'vaultWorker.ts') },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outdir: outDir,
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    // iconv-lite reaches for Node's Buffer; the npm "buffer" package stands in for it in the browser.
    inject: [join(root, 'preview', 'bufferShim.js')],
    logLevel: 'warning',
  });
  writeFileSync(
    join(outDir, 'preview.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier preview · 客户档案</title>
<link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'">
<style>body{margin:0}</style></head><body><div id="root"></div><script src="preview.js"></script></body></html>\n`,
  );
  copyFileSync(join(root, 'examples', 'customers-sample.xlsx'), join(outDir, 'customers-sample.xlsx'));
  return outDir;
}
