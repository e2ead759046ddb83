import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildPreview } from '../../preview/buildPreview';
import { servePreview } from '../../preview/servePreview';
import { launchChromium } from '../support/launchChromium';

/** The built preview served on a free port, and Chromium: what every preview test starts from. */
export async function startPreview(): Promise<{ base: string; browser: Browser; stop: () => Promise<void> }> {
  const dir = await buildPreview(mkdtempSync(join(tmpdir(), 'dossier-preview-')));
  const server: Server = await servePreview(dir, 0);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  return {
    base,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Where screenshots for people to look at go (gitignored; CI keeps test-artifacts/ when it can). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'preview');
