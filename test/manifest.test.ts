/**
 * Offline manifest check. `office-addin-manifest validate` needs Microsoft's
 * online service, which CI cannot reach, so this test checks what it would:
 * well-formed XML, elements in the schema's order, every resid resolved,
 * https URLs under the right base, icons present at their declared sizes,
 * and the requirement set matching the API members the code uses.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ts from 'typescript';
import { EXCEL_API_SETS, MANIFEST_EXCEL_API_FLOOR, compareSets, manifestExcelApiSet, minimumExcelApiSet } from '../excel-addin/src/excelApiSets';
import { DEFAULT_BASE_URL, DEV_BASE_URL, productionBaseUrl, productionManifest } from '../excel-addin/productionManifest';

const root = join(__dirname, '..');
const devXml = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** An element as fast-xml-parser's preserveOrder mode gives it. */
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: true });

function nameOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}
function childrenOf(node: Node): Node[] {
  return (node[nameOf(node)] as Node[]) ?? [];
}
function attr(node: Node, name: string): string | undefined {
  return node[':@']?.[name];
}
function textOf(node: Node): string {
  return childrenOf(node).map((c) => (c['#text'] !== undefined ? String(c['#text']) : '')).join('');
}
function child(node: Node, name: string): Node | undefined {
  return childrenOf(node).find((c) => nameOf(c) === name);
}
function walk(node: Node, visit: (node: Node, path: string[]) => void, path: string[] = []): void {
  const name = nameOf(node);
  if (name === '#text') return;
  visit(node, [...path, name]);
  for (const c of childrenOf(node)) walk(c, visit, [...path, name]);
}

function parse(xml: string): Node {
  const doc = parser.parse(xml) as Node[];
  return doc.find((n) => nameOf(n) === 'OfficeApp')!;
}

/** Asserts the children appear in schema order and the required ones are there. */
function expectOrder(node: Node, order: readonly string[], required: readonly string[]): void {
  const names = childrenOf(node).map(nameOf).filter((n) => n !== '#text');
  const positions = names.map((n) => order.indexOf(n));
  expect(positions).not.toContain(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  for (const name of required) expect(names).toContain(name);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Files the production build serves at each path under the base URL (see excel-addin/webpack.config.js). */
const SERVED: Record<string, string> = {
  'taskpane.html': 'excel-addin/src/taskpane/taskpane.html',
  'commands.html': 'excel-addin/src/commands/commands.html',
  'help.html': 'excel-addin/src/help.html',
  'assets/icon-16.png': 'excel-addin/assets/icon-16.png',
  'assets/icon-32.png': 'excel-addin/assets/icon-32.png',
  'assets/icon-64.png': 'excel-addin/assets/icon-64.png',
  'assets/icon-80.png': 'excel-addin/assets/icon-80.png',
};

describe.each([
  ['development', devXml, DEV_BASE_URL],
  ['production', productionManifest(devXml, productionBaseUrl({})), DEFAULT_BASE_URL],
  ['production with DOSSIER_BASE_URL', productionManifest(devXml, productionBaseUrl({ DOSSIER_BASE_URL: 'https://addins.contoso.cn/dossier' })), 'https://addins.contoso.cn/dossier/'],
])('manifest.xml (%s)', (_label, xml, base) => {
  const app = parse(xml);
  const overrides = child(app, 'VersionOverrides')!;
  const resources = child(overrides, 'Resources')!;
  const ids = (group: string) => new Map(childrenOf(child(resources, group)!).map((n) => [attr(n, 'id')!, n]));
  const images = ids('bt:Images');
  const urls = ids('bt:Urls');
  const shortStrings = ids('bt:ShortStrings');
  const longStrings = ids('bt:LongStrings');

  it('is well-formed XML with a TaskPaneApp root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
    expect(attr(overrides, 'xsi:type')).toBe('VersionOverridesV1_0');
  });

  it('has its elements in schema order', () => {
    expectOrder(
      app,
      ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'],
      ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
    );
    expectOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources'], ['Hosts', 'Resources']);
    expectOrder(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const desktop = child(child(child(overrides, 'Hosts')!, 'Host')!, 'DesktopFormFactor')!;
    expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    walk(app, (node, path) => {
      if (path.at(-1) === 'Control') expectOrder(node, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
      if (path.at(-1) === 'Group') expectOrder(node, ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    });
  });

  it('has a stable GUID, the document permission and nothing wider', () => {
    expect(textOf(child(app, 'Id')!)).toBe('1cf3ce2e-7764-4581-afa4-8ff46b2868b6');
    expect(textOf(child(app, 'Permissions')!)).toBe('ReadWriteDocument');
    expect(attr(child(child(app, 'Hosts')!, 'Host')!, 'Name')).toBe('Workbook');
  });

  it('resolves every resid to a resource of the right kind', () => {
    let count = 0;
    walk(overrides, (node, path) => {
      const resid = attr(node, 'resid');
      if (!resid) return;
      count++;
      expect(resid.length).toBeLessThanOrEqual(32);
      const name = path.at(-1)!;
      const parent = path.at(-2)!;
      const kind =
        name === 'bt:Image' ? images
        : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(name) ? urls
        : name === 'Description' && ['Supertip', 'GetStarted'].includes(parent) ? longStrings
        : shortStrings;
      expect({ resid, found: kind.has(resid) }).toEqual({ resid, found: true });
    });
    expect(count).toBeGreaterThan(15);
  });

  it('has the Home-tab buttons: Open Dossier shows the pane, Check sheet runs checkSheet without it', () => {
    const tab = (() => {
      let found: Node | undefined;
      walk(overrides, (node, path) => {
        if (path.at(-1) === 'OfficeTab') found = node;
      });
      return found!;
    })();
    expect(attr(tab, 'id')).toBe('TabHome');
    const controls = childrenOf(child(tab, 'Group')!).filter((n) => nameOf(n) === 'Control');
    const actions = controls.map((c) => child(c, 'Action')!);
    expect(actions.map((a) => attr(a, 'xsi:type'))).toEqual(['ShowTaskpane', 'ExecuteFunction']);
    expect(textOf(child(actions[1]!, 'FunctionName')!)).toBe('checkSheet');
    expect(controls.map((c) => attr(child(c, 'Label')!, 'resid'))).toEqual(['OpenPane.Label', 'CheckSheet.Label']);
    expect(attr(shortStrings.get('OpenPane.Label')!, 'DefaultValue')).toBe('Open Dossier');
    expect(attr(shortStrings.get('CheckSheet.Label')!, 'DefaultValue')).toBe('Check sheet');
  });

  it('says everything in English and Simplified Chinese', () => {
    const overrideOf = (node: Node) => childrenOf(node).find((c) => nameOf(c) === 'bt:Override' || nameOf(c) === 'Override');
    for (const node of [child(app, 'DisplayName')!, child(app, 'Description')!, ...shortStrings.values(), ...longStrings.values()]) {
      const zh = overrideOf(node);
      expect(zh && attr(zh, 'Locale')).toBe('zh-CN');
      expect(attr(zh!, 'Value')).toMatch(/[\u4e00-\u9fff]/);
      expect(attr(node, 'DefaultValue')).toMatch(/[A-Za-z]/);
    }
  });

  it(`points every URL at https under ${base}, each served by the build`, () => {
    const found: string[] = [];
    walk(app, (node) => {
      const value = attr(node, 'DefaultValue');
      if (value && /^[a-z]+:\/\//i.test(value)) found.push(value);
    });
    expect(found.length).toBeGreaterThanOrEqual(9);
    for (const url of found) {
      expect(url.startsWith(base)).toBe(true);
      expect(new URL(url).protocol).toBe('https:');
      const path = url.slice(base.length);
      expect({ url, served: path in SERVED && existsSync(join(root, SERVED[path]!)) }).toEqual({ url, served: true });
    }
    expect(xml.includes('localhost')).toBe(base === DEV_BASE_URL);
  });

  it('has every icon at its declared size', () => {
    const check = (url: string, size: number) => {
      const file = join(root, SERVED[url.slice(base.length)]!);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    };
    check(attr(child(app, 'IconUrl')!, 'DefaultValue')!, 32);
    check(attr(child(app, 'HighResolutionIconUrl')!, 'DefaultValue')!, 64);
    let icons = 0;
    walk(overrides, (node, path) => {
      if (path.at(-1) !== 'bt:Image' || !attr(node, 'size')) return;
      icons++;
      check(attr(images.get(attr(node, 'resid')!)!, 'DefaultValue')!, Number(attr(node, 'size')));
    });
    expect(icons).toBe(9);
  });

  it('requires the deliberate floor (ExcelApi 1.14, no IE11 / old Edge webviews), at least what the code uses without a run-time check', () => {
    const set = (() => {
      let found: Node | undefined;
      walk(child(app, 'Requirements')!, (node, path) => {
        if (path.at(-1) === 'Set' && attr(node, 'Name') === 'ExcelApi') found = node;
      });
      return found!;
    })();
    expect(attr(set, 'MinVersion')).toBe(manifestExcelApiSet());
    expect(manifestExcelApiSet()).toBe('1.14');
    expect(minimumExcelApiSet()).toBe('1.8');
    expect(compareSets(MANIFEST_EXCEL_API_FLOOR, minimumExcelApiSet())).toBeGreaterThanOrEqual(0);
  });
});

describe('the API set table', () => {
  /** Every member the port may touch is declared in the Excel subset; collect their names with the TypeScript parser. */
  const subsetPath = join(root, 'excel-addin/src/excelSubset.ts');
  const source = ts.createSourceFile(subsetPath, readFileSync(subsetPath, 'utf8'), ts.ScriptTarget.Latest, true);
  const members = new Set<string>();
  const visit = (node: ts.Node) => {
    if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && ts.isIdentifier(node.name)) members.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const tableMembers = new Set(Object.keys(EXCEL_API_SETS).map((key) => key.split('.')[1]!));

  it('lists every member the subset declares, and nothing the code does not use', () => {
    expect(members.size).toBeGreaterThan(40);
    expect([...members].filter((m) => !tableMembers.has(m))).toEqual([]);
    expect([...tableMembers].filter((m) => !members.has(m))).toEqual([]);
  });

  it('gates every member above the manifest minimum behind a run-time check', () => {
    for (const [member, entry] of Object.entries(EXCEL_API_SETS)) {
      if (compareSets(entry.set, '1.8') > 0) expect({ member, runtimeCheck: entry.runtimeCheck }).toEqual({ member, runtimeCheck: true });
    }
    const port = readFileSync(join(root, 'excel-addin/src/officeWorkbook.ts'), 'utf8');
    expect(port).toContain("isSetSupported('ExcelApi', '1.18')");
    expect(port).toContain("isSetSupported('ExcelApi', '1.10')");
  });

  it('refuses a non-https production base URL', () => {
    expect(() => productionBaseUrl({ DOSSIER_BASE_URL: 'http://insecure.example.com/' })).toThrow('https');
  });
});
