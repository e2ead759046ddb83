import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNotInput, outputFormatOf, writeAtomically } from '../../cli/outputFile';
import { DossierError } from '../../shared/core/errors';

describe('output files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-out-'));

  it('refuses to write over the input, however it is spelled', () => {
    const input = join(dir, 'customers.xlsx');
    writeFileSync(input, 'x');
    symlinkSync(input, join(dir, 'link.xlsx'));
    expect(() => assertNotInput(input, input)).toThrow(DossierError);
    expect(() => assertNotInput(join(dir, '.', 'customers.xlsx'), input)).toThrow(/overwrite the input/);
    expect(() => assertNotInput(join(dir, 'link.xlsx'), input)).toThrow(DossierError);
    expect(() => assertNotInput(join(dir, 'fixed.xlsx'), input)).not.toThrow();
  });

  it('takes the format from the extension and names the bad ones', () => {
    expect(outputFormatOf('a/B.XLSX')).toBe('xlsx');
    expect(outputFormatOf('b.csv')).toBe('csv');
    expect(() => outputFormatOf('c.pdf')).toThrow(/\.xlsx or \.csv/);
  });

  it('writes atomically, leaving no temporary file behind', async () => {
    const path = join(dir, 'out.txt');
    await writeAtomically(path, 'hello');
    expect(readFileSync(path, 'utf8')).toBe('hello');
    expect(readdirSync(dir).filter((f) => f.endsWith('.dossier-tmp'))).toEqual([]);
    await expect(writeAtomically(join(dir, 'missing-folder', 'x.txt'), 'x')).rejects.toThrow(/Cannot write/);
  });
});
