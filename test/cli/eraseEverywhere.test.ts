import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { dossierInProcess as dossier } from './runInProcess';

const dir = mkdtempSync(join(tmpdir(), 'dossier-erase-'));

async function everyCell(path: string): Promise<string[]> {
  const wb = await readWorkbookFile(readFileSync(path), path);
  return wb.sheetNames().flatMap((n) => wb.sheet(n).values.flatMap((row) => row.map((c) => cellToText(c ?? null))));
}

describe('erase after fix and merge leaves no form of the person', () => {
  const start = join(dir, 'customers.csv');
  writeFileSync(
    start,
    [
      'Customer ID,Name,Phone,Email,Updated,Notes',
      'C001,王芳,138 1234 5678, Wang.Fang@QQ.com ,2024-01-01,身份证 110101199003077777',
      'C002,王芳,+86 138-1234-5678,wang.fang@qq.com,2026-01-01,微信 wf_1988x',
      'C003,张伟,139-0000-0000,zw@163.com,2025-01-01,',
    ].join('\n'),
  );

  it('scrubs raw, standardized and respelled values, merged notes, Audit and snapshots; names earlier logs; logs a keyed hash', async () => {
    const fixed = join(dir, 'fixed.xlsx');
    expect((await dossier(['fix', start, '-o', fixed])).code).toBe(0);
    const merged = join(dir, 'merged.xlsx');
    expect((await dossier(['dedupe', fixed, '--merge', '-o', merged])).code).toBe(1);
    const before = (await everyCell(merged)).join('\n');
    // The scenario of the issue: the person is in the workbook in several spellings before the erasure.
    expect(before).toContain('110101199003077777');
    expect(before).toContain('wf_1988x');

    const out = join(dir, 'erased.xlsx');
    const r = await dossier(['erase', merged, '--match', 'email', 'wang.fang@qq.com', '-o', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const cells = await everyCell(out);
    for (const trace of ['13812345678', '110101199003077777', 'wf_1988x', 'wang.fang@qq.com']) {
      expect([trace, cells.filter((c) => c.replace(/[\s-]/g, '').toLowerCase().includes(trace.toLowerCase()))]).toEqual([trace, []]);
    }
    expect(cells).not.toContain('王芳');
    expect(cells).toContain('张伟');
    // The input, earlier outputs and change logs hold the person; erase cannot change them, so it names them.
    expect(doc.sideFiles).toEqual(expect.arrayContaining([join(dir, 'fixed.audit.jsonl'), join(dir, 'merged.audit.jsonl'), fixed, merged, start]));
    expect(doc.sideFiles).not.toContain(out);
    // The log's hash is keyed: not the plain SHA-256 anyone can recompute from a phone or an e-mail.
    expect(doc.hash).not.toBe(createHash('sha256').update('email:wang.fang@qq.com').digest('hex'));
    const log = readFileSync(join(dir, 'erased.audit.jsonl'), 'utf8');
    expect(log).toContain(`hmac-sha256:${doc.hash}`);
    expect(log).not.toMatch(/13812345678|wang\.fang/i);
    // The same erasure in the same workbook gives the same hash (the key stays in the workbook); another workbook, another key.
    const again = JSON.parse((await dossier(['erase', merged, '--match', 'email', 'wang.fang@qq.com', '-o', join(dir, 'again.xlsx'), '--format', 'json'])).stdout);
    const otherStart = join(dir, 'other.csv');
    writeFileSync(otherStart, readFileSync(start));
    const other = JSON.parse((await dossier(['erase', otherStart, '--match', 'email', 'wang.fang@qq.com', '-o', join(dir, 'other-out.csv'), '--format', 'json'])).stdout);
    expect(other.hash).not.toBe(doc.hash);
    expect(again.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an import review sheet and a .csv output lose the person too', async () => {
    const leads = join(dir, 'leads.csv');
    writeFileSync(leads, ['Name,Phone,Email', '王芳,13812345678,other@x.com', 'Bad,12,nope'].join('\n'));
    const imported = join(dir, 'imported.xlsx');
    expect((await dossier(['import', leads, '--into', start, '-o', imported])).code).toBe(0);
    const out = join(dir, 'erased-import.csv');
    const r = await dossier(['erase', imported, '--match', 'phone', '+8613812345678', '-o', out]);
    expect(r.code).toBe(0);
    const texts = [readFileSync(out, 'utf8'), ...readFileSync(out, 'utf8').split('\n')].join('\n');
    expect(texts.replace(/[\s-]/g, '')).not.toContain('13812345678');
  });
});
