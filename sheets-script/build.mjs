// `npm run build:sheets`: the Apps Script project in dist/sheets/ —
//   Code.js        the server (core + SpreadsheetApp port + entry points), one IIFE
//                  plus a top-level `function` per entry point (Apps Script only
//                  calls top-level function declarations);
//   Sidebar.html   the shared pane, all JavaScript and CSS inlined, no external URL
//                  (it must work behind company proxies and inside HtmlService);
//   appsscript.json
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'sheets');

/** Entry points by kind: menu and trigger handlers, and the sidebar's server functions. */
export const ENTRY_POINTS = [
  'onOpen', 'onInstall',
  'menuOpenSidebar', 'menuApplyTemplate', 'menuCheck', 'menuFix', 'menuFindDuplicates', 'menuFlagStale', 'menuReport', 'menuSettings',
  'resumeDossierJob', 'dossierJobProgress', 'dossierCommand', 'dossierResult', 'dossierHostLang', 'dossierProgress', 'dossierCancel',
  // Installable triggers (installed from Settings with consent; never named onEdit, which would run as a simple trigger).
  'dossierOnEdit', 'dossierOnFormSubmit', 'dossierDaily',
];

export async function buildSheets(outDir = out) {
  mkdirSync(outDir, { recursive: true });
  const server = await build({
    entryPoints: [join(here, 'src', 'server.ts')],
    bundle: true,
    platform: 'neutral',
    mainFields: ['main', 'module'],
    format: 'iife',
    globalName: 'Dossier',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const declarations = ENTRY_POINTS.map((name) => `function ${name}() { return Dossier.${name}.apply(null, arguments); }`).join('\n');
  writeFileSync(join(outDir, 'Code.js'), `${server.outputFiles[0].text}\n// Apps Script calls only top-level functions:\n${declarations}\n`);

  const sidebar = await build({
    entryPoints: [join(here, 'src', 'sidebar.tsx')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Inlined script text must not close its own <script> element.
  const js = sidebar.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  writeFileSync(
    join(outDir, 'Sidebar.html'),
    `<!DOCTYPE html>\n<html><head><base target="_top"><meta charset="utf-8"><style>body{margin:0}</style></head>\n<body><div id="root"></div>\n<script>\n${js}\n</script></body></html>\n`,
  );
  copyFileSync(join(here, 'appsscript.json'), join(outDir, 'appsscript.json'));
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = await buildSheets();
  console.log(`Apps Script project built in ${dir} (push it with npm run push:sheets)`);
}
