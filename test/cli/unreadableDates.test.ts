import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dossierInProcess as dossier } from './runInProcess';

const dir = mkdtempSync(join(tmpdir(), 'dossier-dates-'));

describe('date-formatted serials no date can hold', () => {
  const file = join(dir, 'serials.xlsx');
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Customers');
    ws.addRow(['Customer ID', 'Name', 'Birthday', 'Last Purchase']);
    ws.addRow(['C1', '王芳', 1e9, 45000]);
    ws.addRow(['C2', '张伟', 3e6, 45001]);
    for (const ref of ['C2', 'C3', 'D2', 'D3']) ws.getCell(ref).numFmt = 'yyyy-mm-dd';
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  });

  it('are error findings quoting the number, never "NaN"', async () => {
    const r = await dossier(['check', file, '--format', 'json', '--today', '2026-01-01']);
    const findings = JSON.parse(r.stdout).findings.filter((f: { field: string }) => f.field === 'birthday');
    expect(findings.map((f: { row: number; severity: string; value: string }) => [f.row, f.severity, f.value])).toEqual([
      [2, 'error', '1000000000'],
      [3, 'error', '3000000'],
    ]);
    expect(r.stdout).not.toContain('NaN');
  });

  it('fix keeps them as they were, in .xlsx and .csv, and logs no change to them', async () => {
    for (const out of [join(dir, 'fixed.xlsx'), join(dir, 'fixed.csv')]) {
      const r = await dossier(['fix', file, '-o', out, '--format', 'json', '--today', '2026-01-01']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).changed.filter((c: { field: string }) => c.field === 'birthday')).toEqual([]);
      const again = await dossier(['check', out, '--format', 'json', '--today', '2026-01-01']);
      const values = JSON.parse(again.stdout).findings.filter((f: { field: string }) => f.field === 'birthday').map((f: { value: string }) => f.value);
      expect(values).toEqual(['1000000000', '3000000']);
      const log = out.replace(/\.(xlsx|csv)$/, '.audit.jsonl');
      if (existsSync(log)) expect(readFileSync(log, 'utf8')).not.toMatch(/"field":"birthday"/);
    }
  });
});
