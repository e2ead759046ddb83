import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/**
 * Builds the Excel task pane's own entry over the fake Office (main.ts) and
 * serves it on a local port: `${base}/taskpane.html`. Returns the address and
 * the way to stop serving.
 */
export async function servePane(): Promise<{ base: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-excel-pane-'));
  await build({
    entryPoints: [join(__dirname, 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outfile: join(dir, 'pane.js'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    inject: [join(root, 'preview', 'bufferShim.js')],
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'taskpane.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Dossier</title></head><body style="margin:0"><div id="root"></div><script src="pane.js"></script></body></html>');
  const server = createServer((req, res) => {
    const file = join(dir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/+/, ''));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { base, close: () => new Promise<void>((done) => server.close(() => done())) };
}
