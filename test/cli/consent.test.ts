import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { dossierInProcess as dossier } from './runInProcess';

const dir = mkdtempSync(join(tmpdir(), 'dossier-consent-'));

async function column(path: string, header: string): Promise<unknown[]> {
  const wb = await readWorkbookFile(readFileSync(path), path);
  const values = (await wb.readSheet(wb.sheetNames()[0]!)).values;
  const col = values[0]!.indexOf(header);
  return values.slice(1).map((row) => row[col]);
}

describe('consent through a merge', () => {
  const csv = join(dir, 'customers.csv');
  writeFileSync(
    csv,
    [
      'Customer ID,Name,Phone,Email,Marketing Consent,Updated,Notes',
      'C001,王芳,138-1234-5678,wang@qq.com,否,2024-01-01,请勿再发营销短信',
      'C002,王芳,13812345678,wang@qq.com,Yes,2026-01-01,',
      'C003,John Smith,+1 212 555 0123,john@x.com,Yes,2025-01-01,',
    ].join('\n'),
  );

  it('the older 否 wins over a newer Yes, and the merge shows it', async () => {
    const out = join(dir, 'merged.xlsx');
    const r = await dossier(['dedupe', csv, '--merge', '-o', out, '--format', 'json', '--today', '2026-06-01']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const conflict = doc.merges[0].conflicts.find((c: { field: string }) => c.field === 'consent');
    expect(conflict).toEqual({ field: 'consent', values: [{ row: 2, value: 'No' }, { row: 3, value: 'Yes' }], chosen: 'No', rule: 'most-restrictive' });
    expect(await column(out, 'Marketing Consent')).toEqual(['No', 'Yes']);
    const text = await dossier(['dedupe', csv, '--merge', '-o', join(dir, 'merged2.xlsx'), '--today', '2026-06-01']);
    expect(text.stdout).toMatch(/Consent disagreed .*kept the most restrictive, "No"/);

    const exported = join(dir, 'marketing.csv');
    expect((await dossier(['export', out, '--purpose', 'marketing', '-o', exported])).code).toBe(0);
    expect(await column(exported, 'Customer ID')).toEqual(['C003']);
  });

  it('a blank consent beside a Yes is not consent', async () => {
    const blank = join(dir, 'blank.csv');
    writeFileSync(blank, ['Customer ID,Name,Phone,Marketing Consent,Updated', 'C1,李娜,13700000001,,2024-01-01', 'C2,李娜,137 0000 0001,Yes,2026-01-01'].join('\n'));
    const out = join(dir, 'blank-merged.csv');
    expect((await dossier(['dedupe', blank, '--merge', '-o', out, '--today', '2026-06-01'])).code).toBe(1);
    expect(await column(out, 'Marketing Consent')).toEqual([null]);
  });
});

describe('two consent columns', () => {
  const csv = join(dir, 'two.csv');
  writeFileSync(csv, ['Customer ID,Name,Marketing Consent,同意营销', 'C1,王芳,Yes,否', 'C2,张伟,Yes,Yes'].join('\n'));

  it('are an error finding in check JSON', async () => {
    const r = await dossier(['check', csv, '--format', 'json']);
    expect(r.code).toBe(1);
    const finding = JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === 'consent.repeatedColumn');
    expect(finding).toMatchObject({ row: 1, field: 'consent', severity: 'error' });
  });

  it('stop export until resolved', async () => {
    const out = join(dir, 'two-out.csv');
    const r = await dossier(['export', csv, '--purpose', 'marketing', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2 consent columns/);
    expect(() => readFileSync(out)).toThrow();
  });
});
