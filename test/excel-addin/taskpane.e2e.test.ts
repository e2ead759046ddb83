import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/launchChromium';
import { servePane } from './paneHarness/servePane';

/**
 * The Excel task pane's own entry (excel-addin/src/taskpane/index.tsx: the
 * shared app, the command API on the Office.js port, the Findings sheet and
 * the live check) in real Chromium, with `Excel.run` served by the typed
 * fake. Asserts on the fake workbook's state: what the pane did to "Excel".
 */
const root = join(__dirname, '..', '..');
const artifacts = join(root, 'test-artifacts', 'excel-pane');

jest.setTimeout(120_000);

let pane: Awaited<ReturnType<typeof servePane>>;
let browser: Browser;
let page: Page;
let base: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  pane = await servePane();
  base = pane.base;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await pane?.close();
});

type Snapshot = { fills: Record<string, string>; findings: unknown[][]; customers: unknown[][] };
const workbook = () =>
  page.evaluate(() => {
    const excel = (window as unknown as { fakeExcel: import('./fakeExcel').FakeExcel }).fakeExcel;
    const fills: Record<string, string> = {};
    excel.sheet('Customers').cells.forEach((line, r) => line?.forEach((cell, c) => cell?.fill && (fills[`${r}:${c}`] = cell.fill)));
    const findings = excel.sheets.some((s) => s.name === 'Findings') ? excel.values('Findings') : [];
    return { fills, findings, customers: excel.values('Customers') } as Snapshot;
  });

describe('the Excel task pane in Chromium on the fake Excel', () => {
  it('checks the sheet: cells marked by severity, a Findings sheet with a row per finding', async () => {
    await page.goto(`${base}/taskpane.html?lang=en`);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    const state = await workbook();
    expect(state.fills['2:2']).toBe('#FFC7CE');
    expect(state.fills['1:2']).toBe('#FFEB9C');
    expect(state.findings[0]).toEqual(['Go to', 'Row', 'Field', 'Severity', 'Problem', 'Value', 'Suggestion']);
    expect(state.findings.slice(1).map((row) => row[0])).toEqual(['C2', 'E2', 'C3', 'D3', 'E3']);
    await page.screenshot({ path: join(artifacts, 'check.png') });
    expect(pageErrors).toEqual([]);
  });

  it('fixes the suggestions through the Office port and undoes them', async () => {
    await page.getByRole('button', { name: /^Fix \d+ suggestions$/ }).click();
    await page.getByRole('button', { name: /^Apply \d+ changes$/ }).click();
    await page.getByText(/Changed \d+ cells/).waitFor();
    let state = await workbook();
    expect(state.customers[1]).toEqual(['C1', '王芳', '+8613812345678', 'wang@example.com', 'Female']);
    expect(state.customers[2]).toEqual(['C2', 'Li Lei', '12345', 'li@example.com', 'Male']);
    await page.screenshot({ path: join(artifacts, 'fixed.png') });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undid "fix".').waitFor();
    state = await workbook();
    expect(state.customers[1]).toEqual(['C1', '王芳', '138 1234 5678', 'wang@example.com', '女']);
    expect(pageErrors).toEqual([]);
  });
});
