import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { checkWorkbook, markFindings } from '../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../shared/core/operations/fix';
import { applyTemplate } from '../../shared/core/operations/applyTemplate';
import { undoLast } from '../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const };

function rows(n: number, fake: FakeAppsScript) {
  const values: Array<Array<string | number | Date>> = [['Customer ID', 'Name', 'Phone', 'Created']];
  for (let i = 0; i < n; i++) values.push([`C${i + 1}`, `客户${i}`, `138-0000-${String(i % 10000).padStart(4, '0')}`, fake.dateCell(2024, 3, 5)]);
  return values;
}

describe('SheetsWorkbook (SpreadsheetApp port)', () => {
  it('reads date cells in the spreadsheet time zone as the same calendar day, and writes them back', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('Customers', [['Name', 'Created'], ['王芳', fake.dateCell(2024, 3, 5)], ['x', '#N/A']]);
    const port = new SheetsWorkbook(fake.services());
    const { values } = await port.readSheet('Customers');
    expect(values).toEqual([['Name', 'Created'], ['王芳', new Date(Date.UTC(2024, 2, 5))], ['x', { error: '#N/A' }]]);
    await port.writeValues('Customers', 1, 1, [[new Date(Date.UTC(2025, 0, 31))]]);
    expect(fake.state('Customers').values[1]![1]).toEqual(fake.dateCell(2025, 1, 31));
  });

  it('neutralizes formulas in everything it writes, and writes only under the document lock', async () => {
    const fake = new FakeAppsScript();
    fake.addSheet('S', [['a']]);
    const port = new SheetsWorkbook(fake.services());
    await port.writeValues('S', 0, 0, [['=IMPORTXML("http://evil")', '+8613812345678']]);
    await port.replaceValues('S', [['@SUM(1)']]);
    await port.formatColumns('S', [{ col: 0, fromRow: 1, numberFormat: '@', list: ['A', 'B'] }]);
    // The fake strips the apostrophe as Sheets does; what matters is that it was there on the way in.
    expect(fake.writesOutsideLock).toBe(0);
    expect(fake.calls.waitLock).toBe(3);
    expect(fake.state('S').validations[0]).toMatchObject({ list: ['A', 'B'], allowInvalid: true });
  });

  it('makes one getValues per read and one setValues per write, whatever the rows', async () => {
    const counts = async (n: number) => {
      const fake = new FakeAppsScript();
      fake.addSheet('Customers', rows(n, fake));
      const port = new SheetsWorkbook(fake.services());
      const report = await checkWorkbook(port, options);
      await markFindings(port, report);
      await fixWorkbook(port, report, planFix(report), { now: 'now' });
      return { ...fake.calls };
    };
    const small = await counts(50);
    // The same calls, and one more: the Audit sheet (1,000 rows when made) grows once to hold 2,000 entries, as a sheet never grows by itself.
    expect(await counts(2000)).toEqual({ ...small, insertRowsAfter: (small.insertRowsAfter ?? 0) + 1 });
  });

  it('marks cells with fills and notes, clearing its own previous marks but never the user\'s notes', async () => {
    const fake = new FakeAppsScript();
    const sheet = fake.addSheet('S', [['Name', 'Phone'], ['王芳', '12345'], ['张伟', '13812345678']]);
    sheet.notes = [['', ''], ['', 'call after 6pm'], ['', '']];
    const port = new SheetsWorkbook(fake.services());
    await port.markCells('S', [{ row: 1, col: 1, severity: 'error', note: 'bad phone' }, { row: 2, col: 1, severity: 'warning', note: 'reformat' }]);
    expect(sheet.notes[1]![1]).toBe('call after 6pm\nDossier: bad phone');
    expect(sheet.backgrounds[2]![1]).toBe('#ffeb9c');
    await port.markCells('S', []);
    expect(sheet.notes[2]![1]).toBe('');
    expect(sheet.backgrounds[2]![1]).toBe('#ffffff');
  });

  it('runs apply template and undo through the port: header protected warning-only, dropdowns, frozen header', async () => {
    const fake = new FakeAppsScript();
    fake.addSheet('Customers', [['Name', 'Phone'], ['王芳', '138-1234-5678']]);
    const port = new SheetsWorkbook(fake.services());
    await applyTemplate(port, { template: defaultTemplate, lang: 'en', now: 'now' });
    const sheet = fake.state('Customers');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protections.some((p) => p.warningOnly && p.range !== null)).toBe(true);
    expect(sheet.values[0]!.length).toBe(defaultTemplate.fields.length);
    expect(fake.sheets.some((s) => s.name.startsWith('_dossier_snap') && s.hidden)).toBe(true);
    await undoLast(port);
    expect(fake.state('Customers').values.filter((r) => r.some((c) => c !== '')).map((r) => r.filter((c) => c !== ''))).toEqual([['Name', 'Phone'], ['王芳', '138-1234-5678']]);
  });
});

describe('SheetsWorkbook: rows of an edit, and stale rows by conditional format', () => {
  it('reads a block of rows with one getValues, dates as calendar days', async () => {
    const fake = new FakeAppsScript('America/Phoenix');
    fake.addSheet('S', [['Name', 'Updated'], ['a', fake.dateCell(2024, 1, 31)], ['b', fake.dateCell(2025, 12, 1)]]);
    const port = new SheetsWorkbook(fake.services());
    expect(await port.readRows('S', 2, 1)).toEqual([['b', new Date(Date.UTC(2025, 11, 1))]]);
    expect(fake.calls.getValues).toBe(1);
  });

  it('marks within the given rows only: marks elsewhere and the user\'s notes stay', async () => {
    const fake = new FakeAppsScript();
    const sheet = fake.addSheet('S', [['Name', 'Phone'], ['a', '1'], ['b', '2'], ['c', '3']]);
    const port = new SheetsWorkbook(fake.services());
    await port.markCells('S', [{ row: 1, col: 1, severity: 'error', note: 'old 1' }, { row: 2, col: 1, severity: 'error', note: 'old 2' }]);
    sheet.notes[3]![0] = 'VIP';
    await port.markRows('S', 2, 2, [{ row: 3, col: 0, severity: 'warning', note: 'new' }, { row: 1, col: 0, severity: 'error', note: 'outside, ignored' }]);
    expect(sheet.notes.map((r) => r.slice(0, 2))).toEqual([['', ''], ['', 'Dossier: old 1'], ['', ''], ['VIP\nDossier: new', '']]);
    expect(sheet.backgrounds[2]![1]).toBe('#ffffff');
    expect(sheet.backgrounds[3]![0]).toBe('#ffeb9c');
  });

  it('marks rows with the same calls for 10 rows as for 1000', async () => {
    const counts = async (n: number) => {
      const fake = new FakeAppsScript();
      fake.addSheet('S', [['Name', 'Phone'], ...Array.from({ length: n }, (_, i) => [`c${i}`, '12345'])]);
      const port = new SheetsWorkbook(fake.services());
      await port.markRows('S', 1, n, Array.from({ length: n }, (_, i) => ({ row: 1 + i, col: 1, severity: 'error' as const, note: 'bad' })));
      return { ...fake.calls };
    };
    expect(await counts(10)).toEqual(await counts(1000));
  });

  it('adds one conditional format rule over the data rows, replaces only its own, and drops it when nothing can be stale', async () => {
    const fake = new FakeAppsScript();
    const sheet = fake.addSheet('S', [['Name', 'Updated', 'Last Contact'], ['Li', fake.dateCell(2024, 1, 1), '']]);
    sheet.conditionalRules.push({ formula: '=$A2="VIP"', background: '#00ff00', ranges: ['S!R2C1:R10C1'] });
    const port = new SheetsWorkbook(fake.services());
    await port.highlightStaleRows('S', { dateColumns: [1, 2], columnCount: 3, days: 180, firstRow: 1, endRow: null });
    await port.highlightStaleRows('S', { dateColumns: [1, 2], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(sheet.conditionalRules).toEqual([
      { formula: '=$A2="VIP"', background: '#00ff00', ranges: ['S!R2C1:R10C1'] },
      { formula: '=AND(COUNTA($A2:$C2)>0,OR(AND($B2="",$C2=""),TODAY()-MAX($B2,$C2)>30))', background: '#e7e6e6', ranges: ['S!R2C1:R1000C3'] },
    ]);
    // The user deleted Dossier's rule: the next run adds one again, still only one.
    sheet.conditionalRules.splice(1, 1);
    await port.highlightStaleRows('S', { dateColumns: [2], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(sheet.conditionalRules.map((r) => r.formula)).toEqual(['=$A2="VIP"', '=AND(COUNTA($A2:$C2)>0,OR(AND($C2=""),TODAY()-$C2>30))']);
    await port.highlightStaleRows('S', { dateColumns: [], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(sheet.conditionalRules.map((r) => r.formula)).toEqual(['=$A2="VIP"']);
    expect(fake.documentProperties.has('dossier.staleRules')).toBe(false);
    expect(fake.writesOutsideLock).toBe(0);
  });
});
