import { sheetsCommands } from '../../sheets-script/src/sheetsCommands';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { FakeAppsScript } from './fakeAppsScript';

/**
 * An operation completes or changes nothing, and says which: when Sheets
 * fails a write partway (the Merged sheet, the snapshot, the audit log),
 * every touched sheet is back as it was, no half-made sheet is left to
 * block the next run, and the message does not claim success.
 */
function setup() {
  const fake = new FakeAppsScript('Asia/Shanghai');
  const rows: Array<Array<string | number>> = [['Customer ID', 'Name', 'Phone', 'Email']];
  for (let i = 1; i <= 1500; i++) rows.push([String(i).padStart(5, '0'), `客户${i}`, 13_800_000_000 + i, `c${i}@qq.com`]);
  rows.push(['01501', '客户1', 13_800_000_001, 'c1@qq.com']);
  const sheet = fake.addSheet('Customers', rows);
  sheet.formats = rows.map(() => ['@']);
  const services = fake.services();
  const api = () => sheetsCommands(new SheetsWorkbook(services), services, fake.automation(), { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' });
  return { fake, api };
}

const copy = (fake: FakeAppsScript) => JSON.stringify(fake.grid('Customers'));

describe('an operation on Sheets completes or changes nothing', () => {
  for (const failing of ['Merged', '_dossier_snap_1', 'Audit']) {
    it(`merge: a failed write to ${failing} leaves the customers where they were`, async () => {
      const { fake, api } = setup();
      const before = copy(fake);
      const { clusters } = await api().findDuplicates();
      expect(clusters).toHaveLength(1);
      fake.failWrite = (name) => name === failing;
      await expect(api().merge(clusters.map((c) => ({ rows: c.rows })))).rejects.toThrow('The action did not finish and the sheet was not changed.');
      fake.failWrite = null;
      expect(copy(fake) === before).toBe(true);
      expect(fake.sheets.map((s) => s.name).filter((n) => n === 'Merged' || n.startsWith('_dossier_snap'))).toEqual([]);
      // The next run is not blocked by anything the failed one left.
      const again = await api().merge((await api().findDuplicates()).clusters.map((c) => ({ rows: c.rows })));
      expect(again.movedRows).toBe(1);
      expect(fake.state('Merged').values[1]![0]).toBe('01501');
    });
  }

  it('fix: a failed audit write puts every fixed cell back', async () => {
    const { fake, api } = setup();
    const before = copy(fake);
    const changes = await api().previewFix();
    expect(changes.length).toBeGreaterThan(1000);
    fake.failWrite = (name) => name === 'Audit';
    await expect(api().applyFix(changes)).rejects.toThrow('was not changed');
    expect(copy(fake) === before).toBe(true);
    expect(await api().listSnapshots()).toEqual([]);
  });
});
