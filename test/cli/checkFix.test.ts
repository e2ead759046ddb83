import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossier } from './cliRun';

// Each case runs the real command line in a child process.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const csv = join(dir, 'customers.csv');
writeFileSync(
  csv,
  [
    'Customer ID,Name,Phone,Email,Gender,Created,Orders',
    'C001,王芳,138-1234-5678, Wang@QQ.com ,女,2024年3月5日,3',
    ',John Smith,+1 212 555 0123,john@,m,2024-03-05,-3',
    'C003,张伟,12345,,,2024/13/45,',
  ].join('\n'),
);

describe('dossier check', () => {
  it('prints exactly one JSON document in the contract shape and exits 1 on errors', () => {
    const { code, stdout, stderr } = dossier(['check', csv, '--format', 'json', '--today', '2026-11-22']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ file: 'customers.csv', sheet: 'customers', rows: 3, summary: { errors: 4 } });
    expect(doc.findings).toContainEqual({ row: 2, field: 'phone', severity: 'warning', code: 'phone.format', message: expect.any(String), value: '138-1234-5678', suggestion: '+8613812345678' });
    expect(doc.findings).toContainEqual(expect.objectContaining({ row: 2, field: 'email', code: 'email.format', value: ' Wang@QQ.com ', suggestion: 'wang@qq.com' }));
    expect(doc.findings).toContainEqual(expect.objectContaining({ row: 3, field: 'email', severity: 'error', code: 'email.invalid', suggestion: null }));
    expect(doc.findings).toContainEqual(expect.objectContaining({ row: 3, field: 'id', severity: 'warning', code: 'id.missing', suggestion: 'C004' }));
    expect(doc.findings).toContainEqual(expect.objectContaining({ row: 4, field: 'created', code: 'date.invalid' }));
    expect(doc.summary.warnings).toBe(doc.findings.length - 4);
  });

  it('speaks Chinese when asked', () => {
    const { stdout } = dossier(['check', csv, '--lang', 'zh', '--today', '2026-11-22']);
    expect(stdout).toContain('个错误');
    expect(stdout).toContain('不是有效的电话号码');
  });

  it('exits 2 with one line and no stack for unreadable input and bad usage', () => {
    for (const args of [['check', join(dir, 'missing.xlsx')], ['check', csv, '--today', '2026-02-30'], ['check', csv, '--sheet', 'Nope'], ['check']]) {
      const { code, stdout, stderr } = dossier(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});

describe('dossier fix', () => {
  it('writes every suggestion to OUT, lists the changes, logs them, and never touches FILE', () => {
    const before = readFileSync(csv);
    const mtime = statSync(csv).mtimeMs;
    const out = join(dir, 'fixed.csv');
    const { code, stdout } = dossier(['fix', csv, '-o', out, '--format', 'json', '--today', '2026-11-22']);
    expect(code).toBe(0);
    const { changed } = JSON.parse(stdout);
    expect(changed).toContainEqual({ row: 2, field: 'phone', from: '138-1234-5678', to: '+8613812345678' });
    expect(changed).toContainEqual({ row: 3, field: 'id', from: '', to: 'C004' });
    expect(readFileSync(csv)).toEqual(before);
    expect(statSync(csv).mtimeMs).toBe(mtime);
    const again = JSON.parse(dossier(['check', out, '--format', 'json', '--today', '2026-11-22']).stdout);
    expect(again.summary.warnings).toBe(0);
    expect(again.summary.errors).toBe(4);
    const log = readFileSync(join(dir, 'fixed.audit.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(log).toHaveLength(changed.length);
    expect(log[0]).toMatchObject({ operation: 'fix', sheet: 'customers' });
  });

  it('refuses to overwrite its input', () => {
    const { code, stderr } = dossier(['fix', csv, '-o', csv]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/overwrite the input/);
  });

  it('keeps an xlsx output loadable and carries the audit sheet', () => {
    const out = join(dir, 'fixed.xlsx');
    expect(dossier(['fix', csv, '-o', out, '--today', '2026-11-22']).code).toBe(0);
    const recheck = JSON.parse(dossier(['check', out, '--format', 'json', '--today', '2026-11-22']).stdout);
    expect(recheck.rows).toBe(3);
    expect(recheck.summary.warnings).toBe(0);
  });
});
