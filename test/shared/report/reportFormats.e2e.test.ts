import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../../shared/core/i18n/lang';
import type { ReportModel } from '../../../shared/core/insights/reportModel';
import { buildWorkbookReport } from '../../../shared/core/operations/report';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../shared/files/writeWorkbookFile';
import { renderReportHtml } from '../../../shared/report/renderReportHtml';
import { reportWorkbook } from '../../../shared/report/reportWorkbook';
import { launchChromium } from '../../support/launchChromium';

// The report as a manager gets it: the HTML in Chromium, the .xlsx through LibreOffice
// (Debian's libreoffice-calc-nogui and poppler-utils, installed by .ci/run). Screenshots
// land in test-artifacts/report/ (gitignored) for people to look at.
jest.setTimeout(300_000);

const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'report');
const today = '2026-11-22';
const LANGS: Lang[] = ['en', 'zh'];
const models = new Map<Lang, ReportModel>();
let browser: Browser;

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'customers-sample.xlsx')));
  // The sample's header is Chinese: read without a language asked for, the report is Chinese; English when asked.
  models.set('en', await buildWorkbookReport(await readWorkbookFile(bytes, 'sample.xlsx'), { template: defaultTemplate, today, lang: 'en' }));
  models.set('zh', await buildWorkbookReport(await readWorkbookFile(bytes, 'sample.xlsx'), { template: defaultTemplate, today, lang: 'en', langFromHeader: true }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const chartsOf = (model: ReportModel) => model.sections.filter((s) => s.chart && s.table.rows.length > 0).length;

describe('the HTML report in Chromium', () => {
  it.each(LANGS)('shows the headline first, percentages as percentages and every chart (%s)', async (lang) => {
    const model = models.get(lang)!;
    expect(model.lang).toBe(lang);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(await renderReportHtml(model));
    const first = await page.locator('section').first().getAttribute('id');
    expect(first).toBe('headline');
    expect(await page.locator('#headline .kpi').count()).toBe(11);
    expect(await page.locator('#headline h2').textContent()).toBe(lang === 'zh' ? '概览：近 30 天' : 'At a glance: the last 30 days');
    expect(await page.locator('#headline .kpi[data-kpi="retention"] .value').textContent()).toMatch(/^\d{1,3}\.\d%$/);
    expect(await page.locator('#headline .change').first().textContent()).toMatch(/^[▲▼=] \d+\.\d%$/);
    const shares = await page.locator('#byOwner tbody tr td:nth-child(4)').allTextContents();
    expect(shares.length).toBeGreaterThan(1);
    for (const share of shares) expect(share).toMatch(/^\d{1,3}\.\d%$/);
    expect(await page.locator('#byOwner tbody tr td:nth-child(3)').first().textContent()).toMatch(/^¥[\d,]+\.\d\d$/);
    expect(await page.locator('figure svg').count()).toBe(chartsOf(model));
    await page.screenshot({ path: join(ARTIFACTS, `report-html-${lang}.png`) });
    // On paper: the headline page apart, sections never split.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#headline').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    expect(await page.locator('#byOwner').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await page.close();
  });
});

describe('the .xlsx report through LibreOffice', () => {
  it('opens with every chart drawn, the headline and percentage formats in place (en and zh)', async () => {
    const files = LANGS.map((lang) => join(ARTIFACTS, `report-${lang}.xlsx`));
    for (const [i, lang] of LANGS.entries()) {
      const out = await reportWorkbook(models.get(lang)!, { now: `${today}T09:00:00Z`, user: null });
      writeFileSync(files[i]!, await writeWorkbookFile(out, 'xlsx'));
      const zip = await JSZip.loadAsync(readFileSync(files[i]!));
      const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      expect(charts).toHaveLength(chartsOf(models.get(lang)!));
      expect(await zip.file('xl/styles.xml')!.async('string')).toContain('formatCode="0.0%"');
    }
    // One LibreOffice run for both files: it is the slow part.
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(ARTIFACTS, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', ARTIFACTS, ...files], { stdio: 'pipe', timeout: 240_000 });
    for (const lang of LANGS) {
      const pdf = join(ARTIFACTS, `report-${lang}.pdf`);
      const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(lang === 'zh' ? '概览：近 30 天' : 'At a glance: the last 30 days');
      // The cells' number formats as LibreOffice renders them: shares with a % sign, changes with an arrow.
      expect(text).toMatch(/\b\d{1,3}\.\d%/);
      expect(text).toMatch(/[▲▼] \d+\.\d%/);
      expect(text).toMatch(/¥[\d,]+\.\d\d/);
      execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '2', pdf, join(ARTIFACTS, `report-xlsx-${lang}`)]);
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, `report-xlsx-${lang}`)]);
      // The charts were drawn: pixels in the palette's first two colours (bars, and the pie's slices), which nothing else on the sheet uses.
      const pages = [1, 2].map((n) => readPpm(join(ARTIFACTS, `report-xlsx-${lang}-${String(n).padStart(2, '0')}.ppm`)));
      const blue = pages.reduce((sum, p) => sum + countColour(p, [0x00, 0x72, 0xb2]), 0);
      const orange = pages.reduce((sum, p) => sum + countColour(p, [0xe6, 0x9f, 0x00]), 0);
      expect(blue).toBeGreaterThan(2000);
      expect(orange).toBeGreaterThan(100);
    }
  });
});

interface Pixmap {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary PPM (P6), what pdftoppm writes by default. */
function readPpm(path: string): Pixmap {
  const bytes = readFileSync(path);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) field += String.fromCharCode(bytes[at++]!);
    fields.push(field);
  }
  expect(fields[0]).toBe('P6');
  return { width: Number(fields[1]), height: Number(fields[2]), data: bytes.subarray(at + 1) };
}

function countColour(p: Pixmap, [r, g, b]: number[]): number {
  let n = 0;
  for (let i = 0; i + 2 < p.data.length; i += 3) if (Math.abs(p.data[i]! - r!) < 14 && Math.abs(p.data[i + 1]! - g!) < 14 && Math.abs(p.data[i + 2]! - b!) < 14) n++;
  return n;
}
