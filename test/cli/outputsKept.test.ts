import { mkdtempSync, readFileSync, readdirSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { dossierInProcess as dossier } from './runInProcess';

const dir = mkdtempSync(join(tmpdir(), 'dossier-kept-'));
const customers = join(dir, 'customers.csv');
writeFileSync(
  customers,
  [
    'Customer ID,Name,Phone,Email,Notes',
    'C001,王芳,138-1234-5678,wang@qq.com,老客户',
    'C002,王芳,13812345678,fang.wang@163.com,微信 wf_1988',
    'C003,John Smith,+1 212 555 0123,john@x.com,',
  ].join('\n'),
);
const leads = join(dir, 'leads.csv');
writeFileSync(leads, ['Name,Phone,Email', '李娜,137-0000-0001,lina@x.com', ',,', 'Bad Row,12,not-an-email'].join('\n'));

async function values(path: string) {
  const wb = await readWorkbookFile(readFileSync(path), path);
  return (await wb.readSheet(wb.sheetNames()[0]!)).values;
}

describe('no command overwrites any of its inputs', () => {
  it('import refuses -o onto its own source, and leaves it as it was', async () => {
    const before = readFileSync(leads);
    const r = await dossier(['import', leads, '--into', customers, '-o', leads]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('input');
    expect(readFileSync(leads)).toEqual(before);
  });

  it('import refuses the source through a symlink and another spelling', async () => {
    const link = join(dir, 'link.csv');
    symlinkSync(leads, link);
    expect((await dossier(['import', leads, '--into', customers, '-o', link])).code).toBe(2);
    expect((await dossier(['import', leads, '--into', customers, '-o', join(dir, '.', 'sub', '..', 'leads.csv')])).code).toBe(2);
  });

  it('a --template file is an input too', async () => {
    const template = join(dir, 'template.csv');
    writeFileSync(template, '{}');
    const r = await dossier(['fix', customers, '--template', template, '-o', template]);
    expect(r.code).toBe(2);
    expect(readFileSync(template, 'utf8')).toBe('{}');
  });
});

describe('a .csv output keeps every other sheet as a companion file', () => {
  it('dedupe --merge -o merged.csv writes Merged beside it and says where', async () => {
    const out = join(dir, 'merged.csv');
    const r = await dossier(['dedupe', customers, '--merge', '-o', out, '--today', '2026-01-01']);
    expect(r.code).toBe(1);
    const companion = join(dir, 'merged.Merged.csv');
    expect(r.stdout).toContain(companion);
    expect(r.stdout).not.toContain('"Merged" sheet');
    const merged = JSON.stringify(await values(companion));
    // The merged-away row's own e-mail survives, whole.
    const main = JSON.stringify(await values(out));
    expect(`${main}${merged}`).toContain('fang.wang@163.com');
    expect(`${main}${merged}`).toContain('wang@qq.com');
    expect(r.stdout).toContain('customers.csv is unchanged');
    expect(r.stdout).not.toContain('dossier undo');
  });

  it('json output lists the companions', async () => {
    const out = join(dir, 'merged2.csv');
    const r = await dossier(['dedupe', customers, '--merge', '-o', out, '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.companions).toEqual([{ sheet: 'Merged', path: join(dir, 'merged2.Merged.csv') }]);
    expect(doc.undoable).toBe(false);
  });

  it('import -o out.csv writes Import review / Import rejected beside it', async () => {
    const out = join(dir, 'imported.csv');
    const r = await dossier(['import', leads, '--into', customers, '-o', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const names = readdirSync(dir).filter((n) => n.startsWith('imported.'));
    for (const c of doc.companions) expect(existsSync(c.path)).toBe(true);
    expect(doc.rejected).toBe(1);
    expect(names).toContain('imported.Import-rejected.csv');
    expect(JSON.stringify(await values(join(dir, 'imported.Import-rejected.csv')))).toContain('Bad Row');
    expect(doc.undoable).toBe(false);
  });
});

describe('an .xlsx output of fix and dedupe --merge can be undone', () => {
  it('fix -o out.xlsx, then dossier undo restores the input values', async () => {
    const fixed = join(dir, 'fixed.xlsx');
    const r = await dossier(['fix', customers, '-o', fixed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dossier undo');
    const back = join(dir, 'back.xlsx');
    const u = await dossier(['undo', fixed, '-o', back]);
    expect(u.stderr).toBe('');
    expect(u.code).toBe(0);
    const original = (await values(customers)).map((row) => row.map(String));
    expect((await values(back)).map((row) => row.map(String))).toEqual(original);
  });

  it('dedupe --merge -o out.xlsx, then undo brings the merged-away row back', async () => {
    const merged = join(dir, 'merged.xlsx');
    expect((await dossier(['dedupe', customers, '--merge', '-o', merged])).code).toBe(1);
    expect((await values(merged)).length).toBe(3);
    const back = join(dir, 'unmerged.xlsx');
    expect((await dossier(['undo', merged, '-o', back])).code).toBe(0);
    const wb = await readWorkbookFile(readFileSync(back), back);
    expect(wb.sheetNames()).not.toContain('Merged');
    expect((await values(back)).length).toBe(4);
  });
});

describe('inputs are bounded before they are read', () => {
  it('refuses a symlink to /dev/zero in one line', async () => {
    const zero = join(dir, 'zero.csv');
    symlinkSync('/dev/zero', zero);
    const r = await dossier(['check', zero]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a regular file');
  });
});
