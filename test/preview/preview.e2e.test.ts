import { mkdirSync, mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPreview } from '../../preview/buildPreview';
import { servePreview } from '../../preview/servePreview';
import { launchChromium } from '../support/launchChromium';

jest.setTimeout(120_000);

let server: Server;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const dir = await buildPreview(mkdtempSync(join(tmpdir(), 'dossier-preview-')));
  server = await servePreview(dir, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((done) => server.close(done));
});

const cell = (row: number, col: number) => page.locator(`td[data-cell="${row}:${col}"]`);
// Screenshots for people to look at (CI keeps test-artifacts/ when it can).
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'preview');
const shot = async (name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
};

describe('browser preview in Chromium', () => {
  it('loads the sample, checks, fixes exactly what was chosen, and undoes', async () => {
    await page.goto(`${base}/preview.html?lang=en&today=2026-11-22`);
    await page.getByText('Sheet: 客户档案').waitFor();
    // Row 2 of the sample has a value Fix will standardize; remember it.
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    expect(await page.locator('td[style*="background-color"]').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: /^Fix \d+ suggestions$/ }).click();
    const phone = page.getByRole('checkbox', { name: /Phone/ });
    await phone.waitFor();
    const before = await page.locator('table[aria-label^="Sheet"] tr').nth(1).innerText();
    await page.getByRole('button', { name: /^Apply \d+ changes$/ }).click();
    await page.getByText(/Changed \d+ cells/).waitFor();
    const after = await page.locator('table[aria-label^="Sheet"] tr').nth(1).innerText();
    expect(after).not.toBe(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undid "fix".').waitFor();
    expect(await page.locator('table[aria-label^="Sheet"] tr').nth(1).innerText()).toBe(before);
    expect(pageErrors).toEqual([]);
  });

  it('a click on a finding selects its cell', async () => {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const first = page.getByRole('listitem').filter({ hasText: /Row \d+/ }).first();
    await first.waitFor();
    const row = Number((await first.innerText()).match(/Row (\d+)/)![1]);
    await first.getByRole('button').click();
    await page.locator(`tr[data-row="${row}"] td[style*="outline"]`).waitFor();
    expect(await cell(row, 1).count()).toBe(1);
  });

  it('merges a duplicate cluster and moves the merged-away row to the Merged sheet', async () => {
    await page.goto(`${base}/preview.html?lang=en&today=2026-11-22`);
    await page.getByText('Sheet: 客户档案').waitFor();
    const rowsBefore = await page.locator('table[aria-label="Sheet 客户档案"] tr').count();
    await page.getByRole('button', { name: 'Duplicates' }).click();
    await page.getByText(/^Cluster 1 of \d+/).waitFor();
    await shot('duplicates');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/Merged \d+ rows into one/).waitFor();
    expect(await page.locator('table[aria-label="Sheet 客户档案"] tr').count()).toBeLessThan(rowsBefore);
    await page.getByRole('combobox', { name: 'Sheet' }).selectOption('Merged');
    expect(await page.locator('table[aria-label="Sheet Merged"] tr').count()).toBeGreaterThan(1);
    expect(await page.locator('table[aria-label="Sheet Merged"] tr').first().innerText()).toContain('Merged into');
  });

  it('generates the report sheet', async () => {
    await page.getByRole('button', { name: /Back/ }).click();
    await page.getByRole('button', { name: 'Generate report' }).click();
    await page.getByRole('button', { name: 'Generate report' }).last().click();
    await page.getByText(/The report is in sheet "Report 2026-11-22"/).waitFor();
    await page.getByRole('combobox', { name: 'Sheet' }).selectOption('Report 2026-11-22');
    const report = await page.locator('table[aria-label="Sheet Report 2026-11-22"]').innerText();
    expect(report).toContain('Customers and spend by owner');
    expect(report).toContain('Personal data is masked.');
    await shot('report');
  });

  it('refuses to write over a cell edited after the check, and says so', async () => {
    await page.goto(`${base}/preview.html?lang=en&today=2026-11-22`);
    await page.getByText('Sheet: 客户档案').waitFor();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    await shot('findings');
    await cell(2, 2).dblclick();
    await page.getByRole('textbox', { name: 'Edit 2:2' }).fill('edited by a co-author');
    await page.getByRole('textbox', { name: 'Edit 2:2' }).press('Enter');
    await page.getByRole('button', { name: /^Fix \d+ suggestions$/ }).click();
    await page.getByRole('button', { name: /^Apply \d+ changes$/ }).click();
    await page.getByText(/changed while Dossier was working/).waitFor();
    expect(await cell(2, 2).innerText()).toBe('edited by a co-author');
  });

  it('works in Chinese', async () => {
    await page.goto(`${base}/preview.html?lang=zh&today=2026-11-22`);
    await page.getByText('工作表：客户档案').waitFor();
    expect(await page.getByRole('button', { name: '生成报表' }).count()).toBe(1);
  });
});
