import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dossierInProcess as dossier } from './runInProcess';

const dir = mkdtempSync(join(tmpdir(), 'dossier-contract-'));
const csv = join(dir, 'customers.csv');
writeFileSync(csv, ['Customer ID,Name,Phone,Owner,Updated', 'C1,"\u001b[2JEvil",13812345678,"\u001b]0;pwned\u0007Boss",2020-01-01'].join('\n'));

describe('option checks are the same everywhere', () => {
  it.each([['abc'], ['-5'], ['0'], ['1.5'], ['']])('report --days %j is refused as stale refuses it', async (days) => {
    for (const args of [['report', csv, '-o', join(dir, 'r.html'), '--days', days], ['stale', csv, '--days', days]]) {
      const r = await dossier(args);
      expect([args[0], r.code]).toEqual([args[0], 2]);
      expect(r.stderr).toMatch(/--days must be a whole number of days/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});

describe('terminal escapes in table output', () => {
  it('check, stale and dedupe print control characters as escapes', async () => {
    for (const args of [['check', csv], ['stale', csv, '--today', '2026-01-01'], ['dedupe', csv]]) {
      const r = await dossier(args);
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const stale = await dossier(['stale', csv, '--today', '2026-01-01']);
    expect(stale.stdout).toContain('\\x1b]0;pwned\\x07Boss');
  });
});
