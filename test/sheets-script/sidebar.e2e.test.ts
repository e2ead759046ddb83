import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/launchChromium';
import { buildSheetsProject } from './buildSheetsProject';
import { FakeAppsScript } from './fakeAppsScript';

/**
 * The built sidebar (Sidebar.html, as `npm run build:sheets` writes it) in
 * real Chromium, its `google.script.run` a stand-in injected before the
 * page's own script. Each call crosses to Node (playwright's
 * exposeFunction) and runs the built Code.js in a vm sandbox over the fake
 * Apps Script services, arguments and results as JSON, as Apps Script
 * passes them. Asserts on the fake spreadsheet: what the sidebar did to "Sheets".
 */
const root = join(__dirname, '..', '..');
const artifacts = join(root, 'test-artifacts', 'sheets');

jest.setTimeout(120_000);

let browser: Browser;
let sidebarUrl: string;
let code: string;

beforeAll(async () => {
  const out = buildSheetsProject();
  code = readFileSync(join(out, 'Code.js'), 'utf8');
  sidebarUrl = pathToFileURL(join(out, 'Sidebar.html')).href;
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** `google.script.run`: a fresh runner per access, each method name a server function, handlers called asynchronously. */
function installScriptRun() {
  const bridge = (window as unknown as { dossierServer: (fn: string, args: unknown[]) => Promise<{ ok: boolean; value?: unknown; message?: string }> }).dossierServer;
  const runner = (): unknown => {
    let ok: (value: unknown) => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    const handlers: Record<string, unknown> = {
      withSuccessHandler: (h: (value: unknown) => void) => ((ok = h), proxy),
      withFailureHandler: (h: (error: Error) => void) => ((fail = h), proxy),
    };
    const proxy: unknown = new Proxy(handlers, {
      get: (target, name) =>
        typeof name === 'string' && name in target
          ? target[name]
          : (...args: unknown[]) => void bridge(String(name), args).then((r) => (r.ok ? ok(r.value) : fail(new Error(r.message)))),
    });
    return proxy;
  };
  Object.defineProperty(window, 'google', { value: { script: { get run() { return runner(); } } } });
}

/** A sidebar page over a fresh fake spreadsheet whose built server runs in Node. */
async function openSidebar(fake: FakeAppsScript, locale: 'en-US' | 'zh-CN'): Promise<{ context: BrowserContext; page: Page; pageErrors: string[]; external: string[] }> {
  const sandbox = vm.createContext(fake.globals({ locale: locale.replace('-', '_') }));
  vm.runInContext(code, sandbox, { filename: 'Code.js' });
  const context = await browser.newContext({ locale, viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const external: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // HtmlService serves the sidebar with nothing from outside; any request beyond the file itself is a failure.
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('dossierServer', async (fn: string, args: unknown[]) => {
    try {
      const value = await (vm.runInContext(fn, sandbox) as (...a: unknown[]) => unknown)(...args);
      return { ok: true, value: JSON.parse(JSON.stringify(value ?? null)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(installScriptRun);
  await page.goto(sidebarUrl);
  return { context, page, pageErrors, external };
}

describe('the Sheets sidebar in Chromium on the fake Apps Script', () => {
  it('checks, fixes and undoes through the built server, then installs the daily trigger after consent', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    const sheet = fake.addSheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Email', 'Owner'],
      ['C1', '王芳', '138-1234-5678', ' WF@QQ.COM ', '李娜'],
      ['C2', 'Li Lei', '12345', 'li@example.com', '王强'],
    ]);
    const original = sheet.values.map((r) => [...r]);
    const { context, page, pageErrors, external } = await openSidebar(fake, 'en-US');

    await page.getByText('Sheet: Customers').waitFor();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('tab', { name: /Warnings/ }).waitFor();
    await page.getByText('Row 3').first().waitFor();
    expect(sheet.notes[2]![2]).toBe('Dossier: Phone "12345" is not a valid phone number.');
    expect(sheet.backgrounds[2]![2]).toBe('#ffc7ce');
    expect(sheet.backgrounds[1]![2]).toBe('#ffeb9c');
    await page.screenshot({ path: join(artifacts, 'check.png') });

    await page.getByRole('button', { name: /^Fix \d+ suggestions$/ }).click();
    await page.getByRole('button', { name: /^Apply \d+ changes$/ }).click();
    await page.getByText(/Changed \d+ cells/).waitFor();
    expect(sheet.values[1]).toEqual(['C1', '王芳', '+8613812345678', 'wf@qq.com', '李娜']);
    expect(sheet.values[2]).toEqual(original[2]);
    await page.screenshot({ path: join(artifacts, 'fixed.png') });

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undid "fix".').waitFor();
    expect(sheet.values.filter((r) => r.some((c) => c !== ''))).toEqual(original);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Triggers and reminders' }).waitFor();
    await page.getByRole('button', { name: 'Install: Daily digest and backup' }).click();
    const consent = page.getByRole('group', { name: 'Before installing "Daily digest and backup"' });
    await consent.waitFor();
    expect(fake.triggers).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'consent.png') });
    await consent.getByRole('button', { name: 'I agree, install' }).click();
    await page.getByText('Installed: Daily digest and backup.').waitFor();
    expect(fake.triggers.map((t) => [t.handler, t.event, t.everyDays, t.atHour, t.timeZone])).toEqual([['dossierDaily', 'clock', 1, 8, 'Asia/Shanghai']]);
    await page.getByRole('button', { name: 'Remove: Daily digest and backup' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'settings.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('speaks Chinese when the browser does', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('客户档案', [['客户编号', '姓名', '电话'], ['C1', '王芳', '12345']]);
    const { context, page, pageErrors } = await openSidebar(fake, 'zh-CN');
    await page.getByText('工作表：客户档案').waitFor();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText('电话"12345"不是有效的电话号码。').first().waitFor();
    await page.getByRole('button', { name: /返回/ }).click();
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByRole('heading', { name: '触发器与提醒' }).waitFor();
    await page.getByRole('button', { name: '安装：每日摘要与备份' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'settings-zh.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('takes the high-contrast theme when the system forces colours, and goes back with it', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('Customers', [['Customer ID', 'Name', 'Phone'], ['C1', '王芳', '13812345678']]);
    const { context, page, pageErrors } = await openSidebar(fake, 'en-US');
    await page.getByText('Sheet: Customers').waitFor();
    // The theme's own tokens (custom properties are not overridden by forced colours, computed colours are).
    const themed = (colour: string) => page.waitForFunction((c) => getComputedStyle(document.querySelector('.fui-FluentProvider')!).getPropertyValue('--colorNeutralBackground1').trim() === c, colour, { timeout: 5000 });
    await themed('#ffffff');
    await page.emulateMedia({ forcedColors: 'active' });
    await themed('#000000');
    await page.screenshot({ path: join(artifacts, 'high-contrast.png') });
    await page.emulateMedia({ forcedColors: 'none' });
    await themed('#ffffff');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('decides a cluster in few tab stops: one from the heading to Merge, one per differing field, however many candidates', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Company', 'City'],
      ['C1', '张伟', '13812345678', 'zw@163.com', '李娜', '星辰科技', '上海'],
      ['C2', '張偉', '+86 138 1234 5678', 'zw@163.com', '王强', '星辰科技有限公司', '杭州'],
      ['C3', '张伟', '138-1234-5678', 'zw@163.com', '赵敏', '星辰', '北京'],
    ]);
    const { context, page, pageErrors } = await openSidebar(fake, 'en-US');
    await page.getByText('Sheet: Customers').waitFor();
    await page.getByRole('button', { name: 'Duplicates', exact: true }).click();
    await page.getByText(/Cluster 1 of 1/).waitFor();
    const groups = await page.getByRole('radiogroup').count();
    expect(groups).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('radio').count()).toBeGreaterThanOrEqual(3 * groups);
    // Focus is on the view's heading; each Tab press moves it one stop, recorded until it leaves the view.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const stops: string[] = [];
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || !el.closest('main')) return null;
        return el.getAttribute('type') === 'radio' ? `radio:${el.closest('[role=radiogroup]')?.getAttribute('aria-label')}` : (el.textContent ?? '').trim();
      });
      if (stop === null || stops.includes(stop)) break;
      stops.push(stop);
    }
    expect(stops.indexOf('Merge')).toBe(0);
    expect(stops.slice(0, 3)).toEqual(['Merge', 'Not duplicates', 'Skip']);
    // Each differing field is one stop (arrows pick within it), not one per candidate.
    expect(stops.slice(3).filter((s) => s.startsWith('radio:'))).toHaveLength(groups);
    expect(stops).toHaveLength(3 + groups);
    // A value picked with the keyboard, and M merges with focus still in the group.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('m');
    await page.getByText(/Merged 3 rows/).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
