import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSheetsProject } from './buildSheetsProject';
import { MENU_ITEMS, addDossierMenu } from '../../sheets-script/src/menu';
import { sidebarCommands, type ScriptRun } from '../../sheets-script/src/sidebarBridge';

jest.setTimeout(120_000);

describe('menu', () => {
  it('has every item in English and Chinese', () => {
    const added: string[] = [];
    const menu = { addItem: (label: string, fn: string) => (added.push(`${label}=${fn}`), menu), addSeparator: () => menu, addToUi: () => undefined };
    addDossierMenu({ createMenu: () => menu as unknown as GoogleAppsScript.Base.Menu }, 'zh');
    expect(added).toContain('生成报表=menuReport');
    expect(MENU_ITEMS.map((m) => m.en)).toEqual(['Open sidebar', 'Apply template', 'Check', 'Fix', 'Find duplicates', 'Flag stale rows', 'Generate report', 'Settings']);
    for (const item of MENU_ITEMS) expect(item.zh).toMatch(/\p{Script=Han}/u);
  });
});

describe('sidebar bridge', () => {
  function runner(server: (name: string, args: unknown[]) => unknown, parked?: unknown): () => ScriptRun {
    return () => {
      let ok: (v: unknown) => void = () => undefined;
      let fail: (e: Error) => void = () => undefined;
      const run: ScriptRun = {
        withSuccessHandler: (h) => ((ok = h), run),
        withFailureHandler: (h) => ((fail = h), run),
        dossierCommand: (_id, name, args) => {
          try {
            ok(server(name, args));
          } catch (e) {
            fail(e as Error);
          }
        },
        dossierResult: () => ok(parked ?? null),
        dossierProgress: () => ok(null),
        dossierCancel: () => ok(null),
      };
      return run;
    };
  }

  it('resolves with the server value, and rejects with its sentence', async () => {
    const api = sidebarCommands(runner((name) => {
      if (name === 'undo') throw new Error('没有可撤销的操作。');
      return { sheet: 'Customers', rows: 3 };
    }));
    await expect(api.status()).resolves.toEqual({ sheet: 'Customers', rows: 3 });
    await expect(api.undo()).rejects.toThrow('没有可撤销的操作。');
  });

  it('fetches the parked result when the runtime hands back an unresolved promise', async () => {
    const api = sidebarCommands(runner(() => ({}), { ok: true, value: { sheet: 'S' } }), async () => undefined);
    await expect(api.status()).resolves.toEqual({ sheet: 'S' });
  });
});

describe('build', () => {
  it('declares every entry point at top level and inlines the sidebar without external resources', async () => {
    const out = buildSheetsProject();
    const code = readFileSync(join(out, 'Code.js'), 'utf8');
    for (const fn of ['onOpen', 'dossierCommand', 'dossierResult', 'resumeDossierJob', 'dossierOnEdit', 'dossierOnFormSubmit', 'dossierDaily', ...MENU_ITEMS.map((m) => m.fn)]) expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
    // No simple edit trigger: checking on edit runs only once the user installs it.
    expect(code).not.toMatch(/^function onEdit\(/m);
    const html = readFileSync(join(out, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
    // One script element: its text never closes it early.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(existsSync(join(out, 'appsscript.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']));
    expect(manifest.oauthScopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.send_mail']));
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/gmail.send');
  });
});
