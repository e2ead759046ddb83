import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sheetWithFormulas } from '../support/sheetWithFormulas';
import { dossierInProcess } from './runInProcess';

// LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run) opens what the CLI wrote and calculates it, as a user's spreadsheet program would.
jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), 'dossier-totals-'));

/** The sheet as LibreOffice calculates it, one line per row. */
function calculated(files: string[]): string[][] {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 240_000 });
  return files.map((f) => readFileSync(f.replace(/\.xlsx$/, '.csv'), 'utf8').trim().split('\n'));
}

it('after a merge and after an import, the totals row adds up what the sheet holds', async () => {
  const source = join(dir, 'customers.xlsx');
  writeFileSync(source, await sheetWithFormulas());
  const incoming = join(dir, 'incoming.xlsx');
  const book = new ExcelJS.Workbook();
  book.addWorksheet('in').addRows([['客户编号', '姓名', '电话', '消费金额'], ['C009', '孙丽', '13300133000', 45]]);
  await book.xlsx.writeFile(incoming);
  const merged = join(dir, 'merged.xlsx');
  const imported = join(dir, 'imported.xlsx');
  expect((await dossierInProcess(['dedupe', source, '--merge', '-o', merged])).stdout).toContain('Merged into');
  expect((await dossierInProcess(['import', incoming, '--into', source, '-o', imported])).code).toBe(0);
  const [afterMerge, afterImport] = calculated([merged, imported]);
  // 张伟's two rows became one (100 kept): 100 + 70 + 30.
  expect(afterMerge!.at(-1)).toBe('合计,,,200,400');
  expect(afterMerge!.map((line) => line.split(',')[0])).toEqual(['客户编号', 'C001', 'C003', 'C004', '合计']);
  // 孙丽 added above the totals: 250 + 45.
  expect(afterImport!.at(-1)).toMatch(/^合计,,,295,/);
  expect(afterImport!.slice(-2, -1)[0]).toMatch(/^C\d+,孙丽,.*,45,/);
});
