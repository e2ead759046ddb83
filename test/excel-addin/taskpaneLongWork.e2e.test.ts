import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/launchChromium';
import { servePane } from './paneHarness/servePane';

/**
 * The Excel task pane as built (index.tsx) in Chromium on a 20,000-row sheet
 * of the fake Excel, each sync a round trip of 50 ms: the bar's value rises
 * as rows are read, and Cancel leaves the sheet as it was.
 */
const artifacts = join(__dirname, '..', '..', 'test-artifacts', 'excel-pane');

jest.setTimeout(300_000);

let pane: Awaited<ReturnType<typeof servePane>>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  pane = await servePane();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await pane?.close();
});

/** The workbook as the fake holds it, part by part: the sheets, and the Customers sheet's values and each cell's shown format and fill. */
const sheet = () =>
  page.evaluate(() => {
    const excel = (window as unknown as { fakeExcel: import('./fakeExcel').FakeExcel }).fakeExcel;
    const s = excel.sheet('Customers');
    return {
      sheets: JSON.stringify(excel.sheets.map((x) => x.name)),
      values: JSON.stringify(excel.values('Customers')),
      formats: JSON.stringify(s.cells.map((line, r) => line?.map((_, c) => excel.formatAt(s, r, c)))),
      fills: JSON.stringify(s.cells.map((line) => line?.map((cell) => cell?.fill ?? null))),
    };
  });
/** The parts that differ (named: the sheet itself would bury the message). */
const differing = (a: Record<string, string>, b: Record<string, string>) => Object.keys(a).filter((k) => a[k] !== b[k]);

/** Every value the bar's aria-valuenow takes from now on, recorded in the page. */
const watchBar = () =>
  page.evaluate(() => {
    const w = window as unknown as { barValues: number[] };
    w.barValues = [];
    new MutationObserver(() => {
      const value = document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow');
      if (value !== null && value !== undefined && w.barValues[w.barValues.length - 1] !== Number(value)) w.barValues.push(Number(value));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
const barValues = () => page.evaluate(() => (window as unknown as { barValues: number[] }).barValues);
const idle = () => page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 120_000 });

describe('the Excel pane on 20,000 rows', () => {
  it('check: the bar names rows read of rows and its value rises', async () => {
    await page.goto(`${pane.base}/taskpane.html?lang=en&rows=20000&rtt=50`);
    await page.getByText('Sheet: Customers').waitFor({ timeout: 120_000 });
    await idle();
    await watchBar();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('progressbar', { name: /^Reading rows: [\d,]+ of 20,001$/ }).waitFor();
    await page.screenshot({ path: join(artifacts, 'progress-350.png') });
    await page.getByRole('tab', { name: /Warnings/ }).waitFor({ timeout: 120_000 });
    // The check's own values: the next command (the status refresh) starts again at 0.
    const all = await barValues();
    const next = all.indexOf(0, 1);
    const values = next > 0 ? all.slice(0, next) : all;
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[values.length - 1]!).toBeGreaterThan(values[0]!);
    expect(pageErrors).toEqual([]);
  });

  it('fix: Cancel while it reads leaves every cell, format and fill as it was, and says nothing went wrong', async () => {
    await page.getByRole('button', { name: /^Fix [\d,]+ suggestions$/ }).click();
    const apply = page.getByRole('button', { name: /^Apply [\d,]+ changes$/ });
    await apply.waitFor({ timeout: 120_000 });
    await idle();
    const before = await sheet();
    // Cancel clicked in the page the moment the bar shows rows being read (no test round trip in between).
    await page.evaluate(() => {
      // The bar says Cancelling only until the host has put the sheet back: noted in the page, so a loaded machine's slow polling cannot miss it.
      new MutationObserver(() => {
        if ([...document.querySelectorAll('label')].some((l) => /^Cancelling/.test(l.textContent ?? ''))) (window as unknown as { sawCancelling: boolean }).sawCancelling = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      const observer = new MutationObserver(() => {
        const label = [...document.querySelectorAll('label')].map((l) => l.textContent ?? '');
        if (!label.some((text) => /^Reading rows: [\d,]+ of 20,001$/.test(text))) return;
        const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
        if (!cancel || cancel.disabled) return;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await apply.click();
    await page.waitForFunction(() => (window as unknown as { sawCancelling?: boolean }).sawCancelling === true, undefined, { timeout: 60_000 });
    await idle();
    expect(differing(await sheet(), before)).toEqual([]);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByText(/Changed [\d,]+ cells/).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
