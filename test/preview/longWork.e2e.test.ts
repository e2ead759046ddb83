import type { Browser, Page } from 'playwright-core';
import { largeCustomerFile } from '../support/largeCustomerFile';
import { longestTaskDuring, observeLongTasks, paneIdle } from './longTasks';
import { startPreview } from './previewPage';

// 100,000 rows on a shared 2-core machine: minutes of work in the worker, none of it on the page.
jest.setTimeout(1_200_000);

let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
let file: string;
// The target is no main-thread task over 200 ms. On the shared 2-core machine (load ~20)
// every task's wall time is stretched several times, so the figures are printed for the closing
// note rather than asserted: speed is measured, not timed in tests. What is asserted holds under load.
const longest: Record<string, number> = {};

beforeAll(async () => {
  file = await largeCustomerFile(100_000);
  let base: string;
  ({ base, browser, stop } = await startPreview());
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(600_000);
  await observeLongTasks(page);
  await page.goto(`${base}/preview.html?lang=en&today=2026-11-22`);
  await page.getByText('Sheet: 客户档案').waitFor();
  await paneIdle(page);
});

afterAll(async () => {
  // The figures for the closing note (noisy: the CPU is shared).
  console.log(`Longest main-thread task per action on 100,000 rows (ms): ${JSON.stringify(longest)}`);
  await stop?.();
});

const home = async () => {
  const back = page.getByRole('button', { name: /Back/ });
  if (await back.count()) await back.first().click();
  await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
};
/** Samples the progress bar's value while `until` is pending: the values seen, in order. */
async function progressValues(until: Promise<unknown>): Promise<number[]> {
  const seen: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const value = await page.locator('[role=progressbar][aria-valuenow]').first().getAttribute('aria-valuenow', { timeout: 50 }).catch(() => null);
    if (value !== null && Number(value) !== seen[seen.length - 1]) seen.push(Number(value));
    await page.waitForTimeout(100);
  }
  return seen;
}

describe('long work on 100,000 rows runs off the page: progress rises, Cancel leaves the workbook as it was', () => {
  it('open: reading the file and the first status run off the page, with a rising progress value', async () => {
    let values: number[] = [];
    longest.open = await longestTaskDuring(page, async () => {
      await page.locator('input[type=file]').first().setInputFiles(file);
      await page.getByText('100,001 rows').waitFor();
      values = await progressValues(page.getByText(/^100,000$/).first().waitFor());
      await paneIdle(page);
    });
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[values.length - 1]!).toBeGreaterThan(values[0]!);
  });

  it('check', async () => {
    longest.check = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.getByRole('tab', { name: /Warnings/ }).waitFor();
      await paneIdle(page);
    });
  });

  it('fix: every change listed, applied', async () => {
    longest.fix = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: /^Fix [\d,]+ suggestions$/ }).click();
      const apply = page.getByRole('button', { name: /^Apply [\d,]+ changes$/ });
      await apply.waitFor();
      const count = (await apply.innerText()).match(/[\d,]+/)![0];
      await apply.click();
      await page.getByText(`Changed ${count} cells`, { exact: false }).waitFor();
      await paneIdle(page);
    });
  });

  it('duplicates', async () => {
    longest.duplicates = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: 'Duplicates', exact: true }).click();
      await page.getByText(/^Cluster 1 of/).waitFor();
      await paneIdle(page);
    });
    await home();
  });

  it('stale', async () => {
    longest.stale = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: 'Stale & follow-ups', exact: true }).click();
      await page.getByText(/customers listed/).waitFor();
      await paneIdle(page);
    });
    // Virtualized: a few dozen checkboxes drawn, not tens of thousands.
    expect(await page.getByRole('checkbox').count()).toBeLessThan(100);
    await home();
  });

  it('report: Cancel within a second leaves the workbook as it was; then the report', async () => {
    const sheets = async () => page.getByRole('combobox', { name: 'Sheet' }).locator('option').allInnerTexts();
    const before = await sheets();
    const rows = await page.locator('table[aria-label^="Sheet"]').getAttribute('data-rows');
    await page.getByRole('button', { name: 'Generate report' }).click();
    await page.getByRole('button', { name: 'Generate report' }).last().click();
    await page.locator('[role=progressbar]').waitFor();
    await page.waitForTimeout(1000);
    // Timed in the page, from the click's event to the pane no longer busy (Playwright's own round trips are not the user's wait).
    await page.evaluate(() => {
      const w = window as unknown as { cancelAt?: number; idleAt?: number };
      document.addEventListener('click', (e) => {
        if ((e.target as HTMLElement).closest('button')?.textContent === 'Cancel') w.cancelAt = performance.now();
      }, { capture: true });
      new MutationObserver(() => {
        if (w.cancelAt !== undefined && w.idleAt === undefined && document.querySelector('main')?.getAttribute('aria-busy') === 'false') w.idleAt = performance.now();
      }).observe(document.querySelector('main')!, { attributes: true });
    });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await paneIdle(page);
    expect(await page.evaluate(() => { const w = window as unknown as { cancelAt: number; idleAt: number }; return w.idleAt - w.cancelAt; })).toBeLessThan(1000);
    await page.waitForTimeout(1500);
    expect(await sheets()).toEqual(before);
    expect(await page.locator('table[aria-label^="Sheet"]').getAttribute('data-rows')).toBe(rows);
    longest.report = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: 'Generate report' }).last().click();
      await page.getByText(/The report is in sheet/).waitFor();
      await paneIdle(page);
    });
    await home();
  });

  it('import (preview of the counts)', async () => {
    longest.import = await longestTaskDuring(page, async () => {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.locator('main input[type=file]').setInputFiles(file);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByText(/new · .* updated/).first().waitFor();
      await paneIdle(page);
    });
  });
});
