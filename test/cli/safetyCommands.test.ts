import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { dossierInProcess as dossier } from './runInProcess';

// Each case runs the real command line in a child process.
jest.setTimeout(240_000);

const dir = mkdtempSync(join(tmpdir(), 'dossier-safety-'));
const csv = join(dir, 'customers.csv');
writeFileSync(
  csv,
  [
    'Customer ID,Name,Phone,Email,Marketing Consent',
    'C001,王芳,138-1234-5678,wang@qq.com,是',
    'C002,John Smith,+1 212 555 0123,john@x.com,No',
    'C003,张伟,139-0000-0000,=HYPERLINK("http://evil"),Yes',
    'C004,李娜,137-0000-0000,,',
  ].join('\n'),
);

async function sheetValues(path: string) {
  const wb = await readWorkbookFile(readFileSync(path), path);
  return (await wb.readSheet(wb.sheetNames()[0]!)).values;
}

describe('dossier export --purpose marketing', () => {
  it('writes only customers whose consent is Yes, formulas neutralized', async () => {
    const out = join(dir, 'marketing.csv');
    const { code, stdout } = (await dossier(['export', csv, '--purpose', 'marketing', '-o', out, '--format', 'json']));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ rows: 4, exported: 2, excluded: 2 });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain("'=HYPERLINK");
    expect((await sheetValues(out)).map((r) => r[0])).toEqual(['Customer ID', 'C001', 'C003']);
  });

  it('requires a purpose', async () => {
    expect((await dossier(['export', csv, '-o', join(dir, 'x.csv')])).code).toBe(2);
  });
});

describe('dossier erase', () => {
  it('removes the customer and reports what was removed; the log keeps id and hash only', async () => {
    const fixed = join(dir, 'fixed.xlsx');
    expect((await dossier(['fix', csv, '-o', fixed])).code).toBe(0);
    const out = join(dir, 'erased.xlsx');
    const { code, stdout } = (await dossier(['erase', fixed, '--match', 'phone', '13812345678', '-o', out, '--format', 'json']));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // fix's .xlsx output carries its undo snapshot: the person goes from that copy too.
    expect(report).toMatchObject({ ids: ['C001'], removed: [{ sheet: 'customers', rows: 1 }, { sheet: expect.stringMatching(/^_dossier_snap_/), rows: 1 }] });
    expect(report.auditEntriesScrubbed).toBeGreaterThan(0);
    const wb = await readWorkbookFile(readFileSync(out), out);
    const all = JSON.stringify(await Promise.all(wb.sheetNames().map((n) => wb.readSheet(n))));
    expect(all).not.toContain('王芳');
    expect(all).not.toContain('8613812345678');
    const log = readFileSync(join(dir, 'erased.audit.jsonl'), 'utf8');
    expect(JSON.parse(log.trim())).toMatchObject({ operation: 'erase', oldValue: 'C001', newValue: `hmac-sha256:${report.hash}` });
  });

  it('exits 1 when nobody matches', async () => {
    expect((await dossier(['erase', csv, '--match', 'email', 'nobody@x.com', '-o', join(dir, 'same.csv')])).code).toBe(1);
  });
});

describe('dossier template, snapshots, undo', () => {
  it('shapes a sheet, and a workbook changed through the core can be listed and undone', async () => {
    const shaped = join(dir, 'shaped.xlsx');
    const { code, stdout } = (await dossier(['template', csv, '-o', shaped, '--format', 'json']));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ sheet: 'customers', created: false, mapped: ['id', 'name', 'phone', 'email', 'consent'] });
    // A host-made snapshot, simulated here through the core.
    const { MemoryWorkbook } = await import('../../shared/memory/memoryWorkbook');
    const { applyTemplate } = await import('../../shared/core/operations/applyTemplate');
    const { defaultTemplate } = await import('../../shared/core/template/defaultTemplate');
    const { writeWorkbookFile } = await import('../../shared/files/writeWorkbookFile');
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone'], ['王芳', '138']] }]);
    await applyTemplate(wb, { template: defaultTemplate, lang: 'en', now: '2026-11-22T10:00:00Z' });
    const withSnapshot = join(dir, 'with-snapshot.xlsx');
    writeFileSync(withSnapshot, await writeWorkbookFile(wb, 'xlsx'));
    const listed = JSON.parse((await dossier(['snapshots', withSnapshot, '--format', 'json'])).stdout);
    expect(listed.snapshots).toEqual([{ id: 1, time: '2026-11-22T10:00:00Z', operation: 'applyTemplate', sheets: [{ name: 'Customers', rows: 2 }] }]);
    const undone = join(dir, 'undone.xlsx');
    expect((await dossier(['undo', withSnapshot, '-o', undone])).code).toBe(0);
    expect(await sheetValues(undone)).toEqual([['Name', 'Phone'], ['王芳', '138']]);
    expect((await dossier(['undo', undone, '-o', join(dir, 'again.xlsx')])).code).toBe(2);
  });
});

describe('dossier dedupe', () => {
  const file = join(dir, 'dupes.csv');
  writeFileSync(file, ['Customer ID,Name,Phone,Email,Updated', 'C1,张伟,138-1234-5678,,2024-01-01', 'C2,王芳,139-0000-0000,wf@qq.com,2024-01-01', 'C3,張偉,+8613812345678,zw@163.com,2025-01-01'].join('\n'));

  it('prints clusters in the contract shape and exits 1 when it finds some', async () => {
    const { code, stdout } = (await dossier(['dedupe', file, '--format', 'json']));
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc).toEqual({
      file: 'dupes.csv',
      rows: 3,
      clusters: [{ rows: [2, 4], score: expect.any(Number), reasons: ['name', 'phone'], evidence: [{ field: 'phone', agreement: 'agree', weight: expect.any(Number) }, { field: 'name', agreement: 'agree', weight: expect.any(Number) }] }],
      possible: [],
    });
    expect(Object.keys(doc)).toEqual(['file', 'rows', 'clusters', 'possible']);
    expect(doc.clusters[0].score).toBeGreaterThanOrEqual(0.8);
    expect(doc.clusters[0].score).toBeLessThanOrEqual(1);
  });

  it('lists pairs below the merge threshold as possible, after the clusters, never merging them, and exits 0 when only those are found', async () => {
    const { code, stdout } = (await dossier(['dedupe', file, '--format', 'json', '--threshold', '1', '--possible', '0.5']));
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.clusters).toEqual([]);
    expect(doc.possible).toEqual([{ rows: [2, 4], score: expect.any(Number), reasons: ['name', 'phone'], evidence: expect.arrayContaining([{ field: 'name', agreement: 'agree', weight: expect.any(Number) }]) }]);
    const out = join(dir, 'not-merged.xlsx');
    expect((await dossier(['dedupe', file, '--threshold', '1', '--merge', '-o', out])).code).toBe(0);
    expect((await (await readWorkbookFile(readFileSync(out), out)).readSheet('dupes')).values.map((r) => r[0])).toEqual(['Customer ID', 'C1', 'C2', 'C3']);
    expect((await dossier(['dedupe', file, '--possible', '2'])).code).toBe(2);
  });

  it('--threshold moves the cut-off; --merge -o writes the survivor and keeps the merged-away row', async () => {
    expect(JSON.parse((await dossier(['dedupe', file, '--format', 'json', '--threshold', '1'])).stdout).clusters.length).toBeLessThanOrEqual(1);
    const out = join(dir, 'merged.xlsx');
    expect((await dossier(['dedupe', file, '--merge', '-o', out])).code).toBe(1);
    const wb = await readWorkbookFile(readFileSync(out), out);
    expect((await wb.readSheet('dupes')).values.map((r) => r[0])).toEqual(['Customer ID', 'C2', 'C3']);
    expect((await wb.readSheet('Merged')).values[1]!.slice(0, 6)).toEqual(['C1', '张伟', '138-1234-5678', null, '2024-01-01', 'C3']);
    expect((await dossier(['dedupe', out])).code).toBe(0);
    expect((await dossier(['dedupe', file, '--merge'])).code).toBe(2);
  });
});

describe('dossier stale and report', () => {
  const file = join(dir, 'touch.csv');
  writeFileSync(file, ['Name,Owner,Grade,Stage,Total Spend,Updated,Last Contact,Next Follow-up', '王芳,李娜,A,Active,100,2025-01-03,,2026-11-20', '张伟,,b,,50,2026-11-01,,', 'John,李娜,,,,,,'].join('\n'));

  it('stale prints cli.md\'s document and exits 1 when rows are stale', async () => {
    const { code, stdout } = (await dossier(['stale', file, '--today', '2026-11-22', '--format', 'json']));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      file: 'touch.csv', days: 180, today: '2026-11-22',
      stale: [{ row: 2, lastTouched: '2025-01-03', daysSince: 688 }, { row: 4, lastTouched: null, daysSince: null }],
      followUpsDue: [{ row: 2, nextFollowUp: '2026-11-20' }],
    });
    expect(JSON.parse((await dossier(['stale', file, '--today', '2026-11-22', '--days', '1000', '--format', 'json'])).stdout).stale).toHaveLength(1);
  });

  it('report prints the summary and writes .html and .xlsx', async () => {
    const html = join(dir, 'report.html');
    const { code, stdout } = (await dossier(['report', file, '-o', html, '--today', '2026-11-22', '--format', 'json']));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      rows: 3, today: '2026-11-22',
      byOwner: { 李娜: { count: 2, totalSpend: 100 }, '': { count: 1, totalSpend: 50 } },
      byGrade: { A: { count: 1, totalSpend: 100 }, B: { count: 1, totalSpend: 50 }, '': { count: 1, totalSpend: 0 } },
      stale: 2, followUpsDue: 1, duplicateClusters: 0,
    });
    expect(readFileSync(html, 'utf8')).toContain('<svg');
    const xlsx = join(dir, 'report.xlsx');
    expect((await dossier(['report', file, '-o', xlsx, '--today', '2026-11-22'])).code).toBe(0);
    const wb = await readWorkbookFile(readFileSync(xlsx), xlsx);
    expect(wb.sheetNames()[0]).toBe('Report 2026-11-22');
    expect(wb.sheetNames()).toContain('By grade');
    expect((await dossier(['report', file, '-o', join(dir, 'r.pdf')])).code).toBe(2);
  });
});

describe('dossier segment', () => {
  it('writes the segments asked for into a copy', async () => {
    const file = join(dir, 'spend.csv');
    writeFileSync(file, ['Name,Total Spend,Orders,Last Purchase,Grade', '王芳,800,10,2026-11-01,C', '张伟,200,1,2026-10-01,', 'John,,,,'].join('\n'));
    const out = join(dir, 'segmented.csv');
    const { code, stdout } = (await dossier(['segment', file, '--grade', '-o', out, '--format', 'json', '--today', '2026-11-22']));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).changed).toBe(3);
    expect((await sheetValues(out)).map((r) => r[4])).toEqual(['Grade', 'A', 'B', 'D']);
    expect((await dossier(['segment', file, '-o', out])).code).toBe(2);
  });
});
