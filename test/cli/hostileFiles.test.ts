import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeWorkbookFile } from '../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { dossierBatch } from './batchRun';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));

async function smallXlsx(): Promise<JSZip> {
  const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone'], ['王芳', '13812345678']] }]), 'xlsx');
  return JSZip.loadAsync(bytes);
}

async function save(name: string, zip: JSZip): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

/**
 * A real workbook whose sheet inflates to `size` bytes while the ZIP's
 * local and central headers declare 100: the sizes patched in place.
 */
async function lyingWorkbook(size: number): Promise<Uint8Array> {
  const zip = await smallXlsx();
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  // Blank space inside the sheet's XML: tiny deflated, 60 MB inflated.
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('<sheetData>', `<sheetData>${' '.repeat(size)}`));
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = 0; at + 46 < bytes.length; at++) {
    const local = bytes.readUInt32LE(at) === 0x04034b50 && bytes.subarray(at + 30, at + 30 + name.length).equals(name);
    const central = bytes.readUInt32LE(at) === 0x02014b50 && bytes.subarray(at + 46, at + 46 + name.length).equals(name);
    if (local) bytes.writeUInt32LE(100, at + 22);
    if (central) bytes.writeUInt32LE(100, at + 24);
  }
  return bytes;
}

describe('hostile files end in one line, exit 2, within a memory ceiling', () => {
  it('merge over A1:XFD1048576, one cell at XFD1048576, lying zip sizes, a 40-character sheet name, 16,385 CSV columns', async () => {
    const merge = await smallXlsx();
    const sheet = await merge.file('xl/worksheets/sheet1.xml')!.async('string');
    merge.file('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    const far = await smallXlsx();
    far.file('xl/worksheets/sheet1.xml', sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    const named = await smallXlsx();
    const book = await named.file('xl/workbook.xml')!.async('string');
    named.file('xl/workbook.xml', book.replace('name="Customers"', `name="${'C'.repeat(40)}"`));
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(bomb, await lyingWorkbook(60 * 1_048_576));
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, `${Array.from({ length: 16_385 }, (_, k) => `c${k}`).join(',')}\n${'1,'.repeat(16_384)}1\n`);
    const files = {
      merge: await save('merge.xlsx', merge),
      far: await save('far.xlsx', far),
      named: await save('named.xlsx', named),
      bomb,
      wide,
    };
    const runs: string[][] = [];
    for (const path of Object.values(files)) {
      runs.push(['check', path]);
      runs.push(['fix', path, '-o', join(dir, 'out.xlsx')]);
    }
    const { results, maxRssKb } = dossierBatch(runs, 512);
    const messages = results.map((r) => r.stderr);
    for (const r of results) {
      expect([r.args, r.code]).toEqual([r.args, 2]);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
    }
    expect(messages[0]).toMatch(/merges 1048576 rows by 16384 columns/);
    expect(messages[2]).toMatch(/reaches row 1048576, column 16384/);
    expect(messages[4]).toMatch(/longer than 31 characters/);
    expect(messages[6]).toMatch(/unpacks to more than/);
    expect(messages[8]).toMatch(/16385 columns/);
    expect(messages[9]).toMatch(/16385 columns/);
    // The whole batch, the test harness included, stays far below the 4.2 GB these files used to take.
    expect(maxRssKb).toBeLessThan(900 * 1024);
  });
});
