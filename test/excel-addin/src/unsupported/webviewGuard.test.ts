import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const root = join(__dirname, '../../../..');
const source = readFileSync(join(root, 'excel-addin/src/unsupported/webviewGuard.js'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isUnsupported, guard } = require('../../../../excel-addin/src/unsupported/webviewGuard.js') as {
  isUnsupported(userAgent: string, scope: unknown): boolean;
  guard(scope: unknown): boolean;
};

// User agents as the webviews report them (Trident+ in Office 2016/2019, EdgeHTML 18, WebView2, WKWebView).
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

describe('webviewGuard (ES5, before the bundles)', () => {
  it('parses as ES5, so IE11 and the old Edge can run it', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('finds Trident and EdgeHTML by their tokens, and engines lacking what the bundles use', () => {
    expect(isUnsupported(TRIDENT, globalThis)).toBe(true);
    expect(isUnsupported(EDGE_HTML, globalThis)).toBe(true);
    expect(isUnsupported(WEBVIEW2, globalThis)).toBe(false);
    expect(isUnsupported(WEBVIEW2, { Promise, fetch: () => null, Array, Object })).toBe(false);
    expect(isUnsupported(WEBVIEW2, { Promise, fetch: undefined, Array, Object })).toBe(true);
    expect(isUnsupported('Safari', { Promise, fetch: () => null, Array: { prototype: {} }, Object })).toBe(true);
  });

  it('sends the pane to the bilingual page, and gives the ribbon a Check sheet that opens it and completes', () => {
    const replaced: string[] = [];
    const pane = { navigator: { userAgent: TRIDENT }, location: { href: 'https://host/excel/taskpane.html?_host_Info=Excel', pathname: '/excel/taskpane.html', replace: (url: string) => replaced.push(url) } };
    expect(guard(pane)).toBe(true);
    expect(replaced).toEqual(['https://host/excel/unsupported.html']);

    const dialogs: string[] = [];
    let completed = 0;
    const Office = { onReady: () => undefined, context: { ui: { displayDialogAsync: (url: string, _options: unknown, callback: () => void) => { dialogs.push(url); callback(); } } } };
    const commands: { checkSheet?: (event: { completed(): void }) => void } & Record<string, unknown> = {
      navigator: { userAgent: EDGE_HTML }, Office, location: { href: 'https://host/excel/commands.html', pathname: '/excel/commands.html', replace: () => undefined },
    };
    expect(guard(commands)).toBe(true);
    commands.checkSheet!({ completed: () => completed++ });
    expect(dialogs).toEqual(['https://host/excel/unsupported.html']);
    expect(completed).toBe(1);
  });

  it('does nothing in WebView2', () => {
    const scope = { Promise, fetch: () => null, Array, Object, navigator: { userAgent: WEBVIEW2 }, location: { href: 'https://host/taskpane.html', pathname: '/taskpane.html', replace: () => { throw new Error('must not navigate'); } } };
    expect(guard(scope)).toBe(false);
  });

  it('is loaded by the pane and the function file, and the page it shows says what to use in English and Chinese', () => {
    for (const page of ['excel-addin/src/taskpane/taskpane.html', 'excel-addin/src/commands/commands.html']) expect(readFileSync(join(root, page), 'utf8')).toContain('src="webviewGuard.js"');
    const html = readFileSync(join(root, 'excel-addin/src/unsupported/unsupported.html'), 'utf8');
    expect(html).toContain('Microsoft 365');
    expect(html).toContain('Office 2021');
    expect(html).toContain('Excel on the web');
    expect(html).toContain('Excel 网页版');
    expect(html).toContain('WebView2');
  });
});
