import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildSheetsProject } from './buildSheetsProject';
import { FakeAppsScript, type FakeSheetState } from './fakeAppsScript';

jest.setTimeout(900_000);

/**
 * Every sidebar action and the three trigger handlers, run by the built
 * Code.js in a vm realm holding only Apps Script's globals over the faithful
 * stand-in, on a 2,000-row customer sheet as people keep one: ids with
 * leading zeros (a plain-text column), phones typed as numbers. Once as the
 * owner, once as a second editor who set nothing up (the owner applied the
 * template, so Dossier's sheets and protections are the owner's). After
 * every write: no customer lost, ids and phones read back as they were
 * written, and Undo gives back exactly the values and formats.
 */
const SHEET = 'Customers';
const ROWS = 2000;
const HEADER = ['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Updated', 'Created'];

function customerSheet(fake: FakeAppsScript): FakeSheetState {
  const values: Array<Array<string | number | Date>> = [HEADER];
  for (let i = 1; i <= ROWS; i++) {
    // The last ten rows are the first ten again, typed another way: duplicates to merge.
    const k = i > ROWS - 10 ? i - (ROWS - 10) : i;
    values.push([
      String(i).padStart(6, '0'),
      `客户${k}`,
      13_800_000_000 + k,
      i % 10 === 0 ? ` C${k}@QQ.COM ` : `c${k}@qq.com`,
      i % 2 ? '李娜' : '王强',
      i % 7 === 0 ? fake.dateCell(2020, 1, 1) : fake.dateCell(2026, 11, 1),
      fake.dateCell(2024, 3, 5),
    ]);
  }
  const state = fake.addSheet(SHEET, values);
  // The id column is plain text, as a sheet holding 000123 has to be.
  state.formats = values.map(() => ['@']);
  return state;
}

describe('the built bundle on the faithful stand-in, as the owner and as a second editor', () => {
  let code: string;
  beforeAll(() => {
    code = readFileSync(join(buildSheetsProject(), 'Code.js'), 'utf8');
  });

  for (const who of ['owner', 'second editor'] as const) {
    it(`runs every action and trigger without losing or retyping a value (${who})`, async () => {
      const fake = new FakeAppsScript('Asia/Shanghai', 'owner@example.com');
      const state = customerSheet(fake);
      const ids = new Set(state.values.slice(1).map((r) => r[0] as string));
      const context = vm.createContext(fake.globals({ locale: 'en_US' }));
      vm.runInContext(code, context, { filename: 'Code.js' });
      let request = 0;
      const command = async <T,>(name: string, ...args: unknown[]): Promise<T> => (vm.runInContext('dossierCommand', context) as (...a: unknown[]) => Promise<T>)(`r${++request}`, name, args);
      const call = (fn: string, ...args: unknown[]) => (vm.runInContext(fn, context) as (...a: unknown[]) => unknown)(...args);
      const sheet = () => fake.state(SHEET);
      const merged = () => fake.sheets.find((s) => s.name === 'Merged');
      /** No customer lost; every id still its text; every phone the number it was or the text Dossier wrote. */
      const intact = (erased: ReadonlySet<string> = new Set()) => {
        const header = sheet().values[0]!;
        const idCol = header.indexOf('Customer ID');
        const phoneCol = header.indexOf('Phone');
        const seen = new Set<string>();
        for (const row of sheet().values.slice(1)) {
          if (row.every((v) => v === '' || v === undefined)) continue;
          expect(typeof row[idCol]).toBe('string');
          seen.add(row[idCol] as string);
          const phone = row[phoneCol];
          if (typeof phone === 'string') expect(phone).toMatch(/^\+86\d{11}$/);
          else expect(typeof phone).toBe('number');
        }
        for (const row of merged()?.values.slice(1) ?? []) seen.add(String(row[0]));
        for (const id of ids) if (!erased.has(id)) expect(seen.has(id)).toBe(true);
        expect(fake.formulaCellsWritten).toEqual([]);
      };

      // The owner sets Dossier up: template (protections and Dossier's sheets are the owner's).
      await command('applyTemplate');
      intact();
      if (who === 'second editor') fake.asUser('bob@example.com');

      const status = await command<{ rows: number }>('status');
      expect(status.rows).toBe(ROWS);
      const checked = await command<{ summary: { warnings: number } }>('check');
      expect(checked.summary.warnings).toBeGreaterThan(0);

      // Fix, then undo: exactly back.
      const beforeFix = fake.grid(SHEET);
      const changes = await command<Array<{ field: string }>>('previewFix');
      expect(changes.length).toBeGreaterThan(ROWS);
      const fixed = await command<{ changed: unknown[]; snapshotId: number }>('applyFix', changes);
      expect(fixed.changed).toHaveLength(changes.length);
      intact();
      expect(sheet().values[1]![2]).toBe('+8613800000001');
      const audit = fake.state('Audit').values;
      expect(audit.length).toBeGreaterThan(ROWS);
      expect(audit[audit.length - 1]![1]).toBe(who === 'owner' ? 'owner@example.com' : 'bob@example.com');
      await command('undo');
      expect(fake.grid(SHEET)).toEqual(beforeFix);
      await command('applyFix', await command('previewFix'));
      intact();

      // Duplicates and merge: the merged-away rows move whole to Merged.
      const dupes = await command<{ clusters: Array<{ rows: number[] }> }>('findDuplicates');
      expect(dupes.clusters.length).toBeGreaterThanOrEqual(10);
      const beforeMerge = fake.grid(SHEET);
      const merge = await command<{ movedRows: number }>('merge', dupes.clusters.map((c) => ({ rows: c.rows })));
      expect(merge.movedRows).toBeGreaterThanOrEqual(10);
      intact();
      await command('undo');
      expect(fake.grid(SHEET)).toEqual(beforeMerge);
      expect(merged()).toBeUndefined();
      await command('merge', dupes.clusters.map((c) => ({ rows: c.rows })));
      intact();

      // Stale rows and "contacted today".
      const stale = await command<{ byOwner: Array<{ stale: Array<{ row: number }> }> }>('stale');
      const staleRows = stale.byOwner.flatMap((g) => g.stale.map((s) => s.row));
      expect(staleRows.length).toBeGreaterThan(100);
      const beforeContact = fake.grid(SHEET);
      expect((await command<{ updated: number }>('markContacted', staleRows.slice(0, 50))).updated).toBe(50);
      intact();

      // Snapshots and restore: back to before "contacted".
      const snapshots = await command<Array<{ id: number; operation: string }>>('listSnapshots');
      const contacted = snapshots.find((s) => s.operation === 'markContacted')!;
      await command('restoreSnapshot', contacted.id);
      expect(fake.grid(SHEET)).toEqual(beforeContact);

      // Report.
      const report = await command<{ sheet: string }>('report', { mask: true });
      expect(fake.sheets.some((s) => s.name === report.sheet)).toBe(true);

      // Import from a sheet: one known customer (updated), two new ones appended past the last row.
      fake.addSheet('Import', [['Name', 'Phone', 'Email'], ['客户5', '13800000005', 'new5@qq.com'], ['新客户甲', '13912345678', 'a@b.com'], ['新客户乙', '13987654321', '']]);
      const imported = await command<{ new: number; updated: number }>('importRows', { kind: 'sheet', name: 'Import' }, { dryRun: false });
      expect(imported.new).toBe(2);
      intact();
      const newIds = sheet().values.slice(-2).map((r) => r[0]);
      for (const id of newIds) expect(typeof id).toBe('string');

      // Erase one customer everywhere.
      const erased = await command<{ ids: string[] }>('erase', { field: 'phone', value: '13800000003' });
      // Their duplicate, merged into them above, is the same person.
      expect(erased.ids).toEqual(['000003', '001993']);
      intact(new Set(erased.ids));
      expect(JSON.stringify(fake.sheets.map((s) => s.values))).not.toContain('13800000003');

      // The three trigger handlers.
      await call('dossierOnEdit', fake.editEvent(SHEET, 5, 3));
      fake.addSheet('Form responses 1', [['Timestamp', 'Name', 'Phone', 'Email']]);
      await call('dossierOnFormSubmit', fake.submitForm('Form responses 1', { Name: '表单客户', Phone: '13600000000', Email: 'form@qq.com' }));
      expect(sheet().values.some((r) => r[1] === '表单客户')).toBe(true);
      await command('saveAutomationSettings', { dailyHour: 7, ownerEmails: [{ owner: '李娜', email: 'lina@example.com' }], backup: { enabled: false, keep: 7, folderId: null } });
      await call('dossierDaily');
      expect(fake.mails.map((m) => m.to)).toEqual(['lina@example.com']);
      intact(new Set(erased.ids));
      expect(fake.cellCount()).toBeLessThan(1_000_000);
    });
  }
});
