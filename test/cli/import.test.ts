import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { dossier } from './cliRun';

// Each case runs the real command line in a child process.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
const into = join(dir, 'customers.xlsx');
const source = join(dir, 'event.csv');

beforeAll(async () => {
  const customers = MemoryWorkbook.fromSheets([
    {
      name: '客户档案',
      values: [
        ['客户编号', '姓名', '电话', '邮箱', '来源'],
        ['C000001', '王芳', '+8613812345678', null, 'Website'],
        ['C000002', 'John Smith', '+12125550123', 'john@smith.com', 'Referral'],
      ],
    },
  ]);
  writeFileSync(into, await writeWorkbookFile(customers, 'xlsx'));
  // Another channel's export: its own headers and order, GB18030 as Excel saves a CSV on a Chinese Windows.
  const rows = [
    '手机号码,E-mail,姓,名',
    '138 1234 5678,wang@qq.com,王,芳', // 王芳 again: fills her blank e-mail
    '13600001111,oy@example.com,欧阳,子墨', // new
    '136-0000-1111,,歐陽,子墨', // the same new person, traditional characters
    '12345,,李,娜', // rejected: not a phone, and no e-mail either
  ];
  writeFileSync(source, iconv.encode(`${rows.join('\r\n')}\r\n`, 'gb18030'));
});

describe('dossier import', () => {
  it('prints the counts and every change as one JSON document, writes OUT with new ids and the channel, and never touches the inputs', async () => {
    const before = [readFileSync(into), readFileSync(source)];
    const mtimes = [statSync(into).mtimeMs, statSync(source).mtimeMs];
    const out = join(dir, 'out.xlsx');
    const { code, stdout, stderr } = dossier(['import', source, '--into', into, '-o', out, '--source', 'Event', '--format', 'json', '--today', '2026-11-22']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ source: 'event.csv', into: 'customers.xlsx', dryRun: false, new: 1, updated: 1, review: 0, rejected: 1, mergedWithinSource: 1 });
    expect(doc.changes).toContainEqual({ kind: 'update', row: 2, sourceRow: 2, field: 'email', from: '', to: 'wang@qq.com' });
    // A new customer is one entry with its row's values (blank fields left out), not one per field.
    expect(doc.changes.filter((c: { kind: string }) => c.kind === 'new')).toEqual([
      { kind: 'new', row: 4, sourceRow: 3, values: { name: '欧阳子墨', phone: '+8613600001111', email: 'oy@example.com', source: 'Event' } },
    ]);

    const written = await readWorkbookFile(readFileSync(out), 'out.xlsx');
    const values = written.sheet('客户档案').values;
    expect(values.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['C000001', '王芳', '+8613812345678', 'wang@qq.com', 'Website'],
      ['C000002', 'John Smith', '+12125550123', 'john@smith.com', 'Referral'],
      ['C000003', '欧阳子墨', '+8613600001111', 'oy@example.com', 'Event'],
    ]);
    const rejected = written.sheet('Import rejected').values;
    expect(rejected).toHaveLength(2);
    expect(rejected[1]!.slice(0, 4)).toEqual([5, '12345', null, '李']);
    expect([readFileSync(into), readFileSync(source)]).toEqual(before);
    expect([statSync(into).mtimeMs, statSync(source).mtimeMs]).toEqual(mtimes);
  });

  it('dry run prints the same counts and writes nothing', () => {
    const out = join(dir, 'dry.xlsx');
    const { code, stdout } = dossier(['import', source, '--into', into, '-o', out, '--dry-run', '--format', 'json', '--today', '2026-11-22']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, new: 1, updated: 1, review: 0, rejected: 1 });
    expect(existsSync(out)).toBe(false);
  });

  it('says how to ask for a result, in one line and in Chinese when asked, when neither -o nor --dry-run is given', () => {
    const { code, stdout, stderr } = dossier(['import', source, '--into', into, '--lang', 'zh']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--dry-run');
    expect(stderr).toMatch(/输出文件/);
  });
});
