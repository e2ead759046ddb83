import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { STRINGS, type StringKey } from '../../shared/ui/i18n/strings';
import { paneIdle } from './longTasks';
import { ARTIFACTS, startPreview } from './previewPage';

jest.setTimeout(300_000);

let browser: Browser;
let stop: () => Promise<void>;
let base: string;

beforeAll(async () => {
  ({ base, browser, stop } = await startPreview());
});
afterAll(async () => {
  await stop?.();
});

/** The views and the Home action (by its label) that opens each; Findings opens from Check. */
const VIEWS: Array<{ name: string; action: StringKey; heading: StringKey }> = [
  { name: 'findings', action: 'actionCheck', heading: 'findingsTitle' },
  { name: 'fix', action: 'actionFix', heading: 'fixTitle' },
  { name: 'duplicates', action: 'actionDuplicates', heading: 'dupTitle' },
  { name: 'stale', action: 'actionStale', heading: 'staleTitle' },
  { name: 'report', action: 'actionReport', heading: 'reportTitle' },
  { name: 'import', action: 'actionImport', heading: 'importTitle' },
  { name: 'snapshots', action: 'actionSnapshots', heading: 'snapshotsTitle' },
  { name: 'settings', action: 'actionSettings', heading: 'settingsTitle' },
];
const HOME_ACTIONS: StringKey[] = ['actionApplyTemplate', 'actionCheck', 'actionFix', 'actionDuplicates', 'actionStale', 'actionImport', 'actionReport', 'actionSettings'];

/** Pieces of English text the pane has no Chinese for: none may show in Chinese. */
const ENGLISH_ONLY = [...new Set(Object.values(STRINGS.en).flatMap((s) => s.split(/\{\w+\}/)).map((f) => f.trim()).filter((f) => /[A-Za-z]{4,}/.test(f) && f.length >= 6))]
  .filter((f) => !Object.values(STRINGS.zh).some((z) => z.includes(f)));

async function fits(page: Page): Promise<{ root: [number, number]; main: [number, number] }> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const root = document.documentElement;
    return { root: [root.scrollWidth, root.clientWidth] as [number, number], main: [main.scrollWidth, main.clientWidth] as [number, number] };
  });
}

describe.each([320, 350])('the pane at %i px', (width) => {
  describe.each(['en', 'zh'] as const)('in %s', (lang) => {
    const t = STRINGS[lang];
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base}/preview.html?lang=${lang}&today=2026-11-22`);
      await page.getByText(t.sheetLabel.replace('{sheet}', '客户档案')).waitFor();
      await paneIdle(page);
    });
    afterAll(async () => {
      await page.close();
    });
    const shot = async (name: string) => {
      if (width !== 320) return;
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${lang}.png`), fullPage: false });
    };
    const check = async (name: string) => {
      const size = await fits(page);
      expect({ name, ...size, rootFits: size.root[0] <= size.root[1], mainFits: size.main[0] <= size.main[1] }).toMatchObject({ rootFits: true, mainFits: true });
      if (lang === 'zh') {
        const text = await page.locator('main').innerText();
        expect({ name, leaks: ENGLISH_ONLY.filter((f) => text.includes(f)) }).toEqual({ name, leaks: [] });
      }
      await shot(name);
    };

    it('home: every action named by its label, nothing wider than the pane', async () => {
      for (const key of HOME_ACTIONS) expect(await page.getByRole('button', { name: t[key], exact: true }).count()).toBe(1);
      await check('home');
    });

    it.each(VIEWS)('$name fits, focuses its heading, and speaks the language', async ({ name, action, heading }) => {
      await page.getByRole('button', { name: t[action], exact: true }).click();
      await page.getByRole('heading', { name: t[heading], level: 2 }).waitFor();
      await paneIdle(page);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await check(name);
      await page.getByRole('button', { name: new RegExp(t.back) }).click();
      await page.getByRole('button', { name: t.actionCheck, exact: true }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    });
  });
});
