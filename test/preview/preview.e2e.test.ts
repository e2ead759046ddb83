import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { paneIdle } from './longTasks';
import { ARTIFACTS, startPreview } from './previewPage';

jest.setTimeout(180_000);

let browser: Browser;
let stop: () => Promise<void>;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ base, browser, stop } = await startPreview());
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
});

afterAll(async () => {
  await stop?.();
});

const cell = (row: number, col: number) => page.locator(`td[data-cell="${row}:${col}"]`);
/**
 * A row's cells left to right, as someone scrolling the grid across reads
 * them (the grid draws only the columns in view), then back to the left.
 */
const rowAcross = (row: number, sheet = '客户档案') =>
  page.evaluate(
    async ({ row, sheet }) => {
      const table = document.querySelector(`table[aria-label="Sheet ${sheet}"]`)!;
      const wrap = table.parentElement!;
      const cells = new Map<number, string>();
      const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
      const drawnTo = () => Math.max(0, ...[...table.querySelectorAll<HTMLElement>(`td[data-cell^="${row}:"]`)].map((td) => td.offsetLeft + td.offsetWidth));
      for (let x = 0; ; x += wrap.clientWidth) {
        wrap.scrollLeft = x;
        // The grid draws the newly shown columns after the scroll event: wait until they reach the right edge.
        for (let i = 0; i < 100 && drawnTo() < Math.min(wrap.scrollLeft + wrap.clientWidth, wrap.scrollWidth) - 2; i++) await frame();
        for (const td of table.querySelectorAll(`td[data-cell^="${row}:"]`)) cells.set(Number(td.getAttribute('data-cell')!.split(':')[1]), td.textContent ?? '');
        if (wrap.scrollLeft + wrap.clientWidth >= wrap.scrollWidth) break;
      }
      wrap.scrollLeft = 0;
      return [...cells].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('\t');
    },
    { row, sheet },
  );
const rowsOf = async (sheet: string) => Number(await page.locator(`table[aria-label="Sheet ${sheet}"]`).getAttribute('data-rows'));
const shot = async (name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
};
const openSample = async (lang = 'en') => {
  await page.goto(`${base}/preview.html?lang=${lang}&today=2026-11-22`);
  await page.getByText(lang === 'zh' ? '工作表：客户档案' : 'Sheet: 客户档案').waitFor();
  await paneIdle(page);
};

describe('browser preview in Chromium', () => {
  it('loads the sample, checks, fixes exactly what was chosen, and undoes', async () => {
    await openSample();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    await page.locator('td[style*="background-color"]').first().waitFor();
    expect(await page.locator('td[style*="background-color"]').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: /^Fix [\d,]+ suggestions$/ }).click();
    await page.getByRole('checkbox', { name: /Phone/ }).waitFor();
    const listed = await page.getByText(/^[\d,]+ of [\d,]+ changes listed/).innerText();
    const before = await rowAcross(2);
    const apply = page.getByRole('button', { name: /^Apply [\d,]+ changes$/ });
    // The button, the list and the count agree: Apply makes exactly the listed changes.
    const count = (await apply.innerText()).match(/[\d,]+/)![0];
    expect(listed.startsWith(count)).toBe(true);
    await apply.click();
    await page.getByText(`Changed ${count} cells`, { exact: false }).waitFor();
    await expect_(async () => expect(await rowAcross(2)).not.toBe(before));
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undid "Fix".').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('td[data-cell^="2:"]').length > 0);
    await expect_(async () => expect(await rowAcross(2)).toBe(before));
    expect(pageErrors).toEqual([]);
  });

  it('a click on a finding scrolls the grid to its cell and selects it', async () => {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    const list = page.getByRole('list', { name: 'Findings' });
    // Far down the list: a row the grid has not drawn yet.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = list.getByRole('listitem').filter({ hasText: /Row \d+/ }).last();
    await last.waitFor();
    // The list draws the lines scrolled to once their page arrives: until then its last line is an earlier one (and the list may still grow).
    let row = 0;
    await expect_(async () => {
      await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
      row = Number((await last.innerText()).match(/Row (\d+)/)![1]);
      expect(row).toBeGreaterThan(60);
    });
    await last.getByRole('button').click();
    await page.locator(`tr[data-row="${row}"] td[style*="outline"]`).waitFor();
    expect(await page.locator(`tr[data-row="${row}"] td[style*="outline"]`).isVisible()).toBe(true);
  });

  it('merges a duplicate cluster and moves the merged-away row to the Merged sheet', async () => {
    await openSample();
    const rowsBefore = await rowsOf('客户档案');
    await page.getByRole('button', { name: 'Duplicates' }).click();
    await page.getByText(/^Cluster 1 of \d+/).waitFor();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/Merged \d+ rows into one/).waitFor();
    await page.waitForFunction((n) => Number(document.querySelector('table[aria-label="Sheet 客户档案"]')?.getAttribute('data-rows')) < n, rowsBefore);
    await page.getByRole('combobox', { name: 'Sheet' }).selectOption('Merged');
    await page.locator('table[aria-label="Sheet Merged"]').waitFor();
    expect(await rowsOf('Merged')).toBeGreaterThan(1);
    await expect_(async () => expect(await rowAcross(1, 'Merged')).toContain('Merged into'));
  });

  it('generates the report sheet', async () => {
    await page.getByRole('button', { name: /Back/ }).click();
    await page.getByRole('button', { name: 'Generate report' }).click();
    await page.getByRole('button', { name: 'Generate report' }).last().click();
    await page.getByText(/The report is in sheet "Report 2026-11-22"/).waitFor();
    await page.getByRole('combobox', { name: 'Sheet' }).selectOption('Report 2026-11-22');
    await expect_(async () => {
      const report = await page.locator('table[aria-label="Sheet Report 2026-11-22"]').innerText();
      expect(report).toContain('Customers and spend by owner');
      expect(report).toContain('Personal data is masked.');
    });
  });

  it('refuses to write over a cell edited after the check, and says so', async () => {
    await openSample();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    await cell(2, 2).dblclick();
    await page.getByRole('textbox', { name: 'Edit 2:2' }).fill('edited by a co-author');
    await page.getByRole('textbox', { name: 'Edit 2:2' }).press('Enter');
    await expect_(async () => expect(await cell(2, 2).innerText()).toBe('edited by a co-author'));
    await page.getByRole('button', { name: /^Fix [\d,]+ suggestions$/ }).click();
    await page.getByRole('button', { name: /^Apply [\d,]+ changes$/ }).click();
    await page.getByText(/changed while Dossier was working/).waitFor();
    expect(await cell(2, 2).innerText()).toBe('edited by a co-author');
  });

  it('a damaged .xlsx gets a sentence, and the workbook shown stays as it was', async () => {
    const bad = join(tmpdir(), 'dossier-damaged.xlsx');
    writeFileSync(bad, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]));
    const rows = await rowsOf('客户档案');
    await page.locator('input[type=file]').first().setInputFiles(bad);
    await page.getByRole('alert').filter({ hasText: /could not be read|not an \.xlsx/ }).waitFor();
    expect(await rowsOf('客户档案')).toBe(rows);
    expect(pageErrors).toEqual([]);
  });

  it('works in Chinese', async () => {
    await openSample('zh');
    expect(await page.getByRole('button', { name: '生成报表' }).count()).toBe(1);
    await shot('home-zh-wide');
  });
});

/** Retries an assertion for a few seconds: the grid redraws after the vault worker has the change. */
async function expect_(assertion: () => Promise<void>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}
