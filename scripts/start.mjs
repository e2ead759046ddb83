// `npm start`: show Dossier working.
//
// - Where Excel desktop is installed (Windows, macOS): sideload the add-in
//   into Excel with office-addin-debugging (https dev server on port 3000),
//   fetched on demand by npx: it is not a dependency, because it pulls in
//   keytar, which needs libsecret headers to build on a machine without its
//   prebuilt binary (Linux CI), and `npm ci` must need only Node and npm.
// - Elsewhere (Linux, CI): check the bundled sample with the command line,
//   then serve the browser preview (`npm run preview`: the same task pane on
//   an in-memory workbook) and print how to sideload into Excel on the web.
//
// Modes: `npm start -- --cli` (only the command-line demo: check the sample
// and write a fixed copy beside it), `-- --preview`, `-- --excel`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const sample = 'examples/customers-sample.xlsx';
const fixed = 'examples/customers-sample.fixed.xlsx';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Pinned, fetched by npx only where Excel desktop is installed (see the top of this file). */
const SIDELOADER = 'office-addin-debugging@7.0.0';

/** The command-line demo: check the sample, write a fixed copy beside it (the sample itself is never changed). */
function cliDemo() {
  if (!existsSync('dist/cli/main.mjs')) {
    const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }
  const run = (args) => spawnSync(process.execPath, ['bin/dossier.js', ...args], { stdio: 'inherit' }).status;
  console.log(`$ dossier check ${sample}`);
  const checked = run(['check', sample]);
  if (checked === 2) return 2;
  console.log(`\n$ dossier fix ${sample} -o ${fixed}`);
  const fixedStatus = run(['fix', sample, '-o', fixed]);
  if (fixedStatus !== 0) return fixedStatus ?? 1;
  console.log(`\nThe fixed copy is ${fixed}; the findings that remain are errors a person must correct (dossier check ${fixed}).`);
  return 0;
}

/** Excel desktop where Office installs it (Microsoft 365 click-to-run on Windows, the app bundle on macOS). */
function excelDesktopInstalled() {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  return roots.some((root) =>
    ['Microsoft Office/root/Office16/EXCEL.EXE', 'Microsoft Office/Office16/EXCEL.EXE'].some((path) => existsSync(join(root, path))),
  );
}

function sideloadIntoExcel() {
  console.log('Excel is installed: sideloading Dossier with office-addin-debugging (https://localhost:3000).');
  console.log(`Stop with Ctrl+C, then \`npx ${SIDELOADER} stop manifest.xml\` to remove the sideloaded add-in.\n`);
  const child = spawn(
    npx,
    ['--yes', SIDELOADER, 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npx webpack serve --mode development --config excel-addin/webpack.config.js', '--dev-server-port', '3000'],
    { stdio: 'inherit' },
  );
  forwardSignals(child);
  child.on('exit', (code) => process.exit(code ?? 0));
}

function webSideloadHelp() {
  console.log(`
To try Dossier inside Excel on the web:
  1. npx office-addin-dev-certs install          (trust a localhost certificate, once)
  2. npx webpack serve --mode development --config excel-addin/webpack.config.js
                                                 (serves the add-in on https://localhost:3000)
  3. In Excel on the web open a workbook, then Home > Add-ins > More Add-ins > My Add-ins
     > Upload My Add-in, and choose manifest.xml from this folder.
  4. "Open Dossier" and "Check sheet" appear on the Home tab.
For a hosted copy: DOSSIER_BASE_URL=https://your-host/path/ npm run build:excel, publish dist/excel/,
and upload dist/excel/manifest.xml instead.
`);
}

function servePreview() {
  if (!existsSync('scripts/preview.mjs')) {
    console.log('The browser preview is not built in this checkout (scripts/preview.mjs is missing); showing the command-line demo only.');
    return;
  }
  const port = process.env.PORT || '3000';
  console.log(`\nServing the browser preview (the task pane on the sample, no Office needed): http://localhost:${port}/preview.html`);
  webSideloadHelp();
  const child = spawn(npm, ['run', 'preview'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
  forwardSignals(child);
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** Ctrl+C or a stop signal ends the server started here too, never leaving it behind. */
function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const args = new Set(process.argv.slice(2));
if (args.has('--cli')) {
  process.exit(cliDemo());
} else if (args.has('--excel') || (!args.has('--preview') && excelDesktopInstalled())) {
  sideloadIntoExcel();
} else {
  const status = cliDemo();
  if (status === 2) process.exit(2);
  console.log('\nNo Excel desktop on this machine.');
  servePreview();
}
