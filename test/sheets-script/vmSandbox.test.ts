import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeAppsScript } from './fakeAppsScript';

jest.setTimeout(120_000);

/**
 * The bundled Code.js, loaded into a Node `vm` context that holds only
 * Apps Script-like globals backed by the fake (no require, no process, no
 * module), and its entry points run there: the bundle must not lean on Node.
 */
describe('the built Apps Script bundle in a sandbox', () => {
  let code: string;
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-gas-'));
    const build = join(__dirname, '..', '..', 'sheets-script', 'build.mjs').replace(/\\/g, '/');
    execFileSync(process.execPath, ['--input-type=module', '-e', `import('${build}').then((m) => m.buildSheets('${out}'))`], { stdio: 'pipe' });
    code = readFileSync(join(out, 'Code.js'), 'utf8');
  });

  function sandbox(fake: FakeAppsScript) {
    const services = fake.services();
    const menus: string[] = [];
    const toasts: string[] = [];
    const properties = new Map<string, string>();
    const cache = new Map<string, string>();
    const spreadsheet = { ...services.spreadsheet, toast: (message: string) => void toasts.push(message), getSpreadsheetTimeZone: () => fake.timeZone };
    const globals = {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => spreadsheet,
        getUi: () => ({
          createMenu: (title: string) => {
            const menu = { addItem: (label: string, fn: string) => (menus.push(`${title}/${label}=${fn}`), menu), addSeparator: () => menu, addToUi: () => undefined };
            return menu;
          },
          showSidebar: () => undefined,
        }),
        newDataValidation: services.spreadsheetApp.newDataValidation,
        flush: services.spreadsheetApp.flush,
      },
      LockService: { getDocumentLock: () => services.lock },
      Utilities: services.utilities,
      Charts: { ChartType: services.chartTypes },
      Session: { getActiveUserLocale: () => 'zh_CN', getActiveUser: () => ({ getEmail: () => 'alice@example.com' }) },
      PropertiesService: { getDocumentProperties: () => ({ getProperty: (k: string) => properties.get(k) ?? null, setProperty: (k: string, v: string) => properties.set(k, v), deleteProperty: (k: string) => properties.delete(k) }) },
      ScriptApp: { getProjectTriggers: () => [], deleteTrigger: () => undefined, newTrigger: () => ({ timeBased: () => ({ after: () => ({ create: () => undefined }) }) }) },
      CacheService: { getDocumentCache: () => ({ putAll: (o: Record<string, string>) => Object.entries(o).forEach(([k, v]) => cache.set(k, v)), get: (k: string) => cache.get(k) ?? null, getAll: (keys: string[]) => Object.fromEntries(keys.map((k) => [k, cache.get(k)])) }) },
      HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
      console,
    };
    const context = vm.createContext(globals);
    vm.runInContext(code, context, { filename: 'Code.js' });
    return { context, menus, toasts };
  }

  it('holds no Node globals and runs onOpen, a menu action and the sidebar command in the sandbox', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('客户档案', [['客户编号', '姓名', '电话', '邮箱'], ['C1', '王芳', '138-1234-5678', ' A@B.COM '], ['C2', '张伟', '12345', null as unknown as string]]);
    const { context, menus, toasts } = sandbox(fake);
    for (const name of ['require', 'process', 'module']) expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    vm.runInContext('onOpen()', context);
    expect(menus).toContain('Dossier 客户档案/检查=menuCheck');
    await vm.runInContext('menuCheck()', context);
    expect(toasts[0]).toMatch(/2 行：1 个错误，2 个警告/);
    expect(fake.state('客户档案').notes[2]![2]).toMatch(/^Dossier: /);
    const status = await vm.runInContext("dossierCommand('r1', 'status', [])", context);
    expect(status).toMatchObject({ sheet: '客户档案', rows: 2, errors: 1 });
    expect(vm.runInContext("dossierResult('r1')", context)).toMatchObject({ ok: true, value: { rows: 2 } });
  });
});
