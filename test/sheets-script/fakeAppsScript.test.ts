import { FakeAppsScript, LIMITS } from './fakeAppsScript';

/**
 * The stand-in holds to Google's documented behaviour (sources in
 * fakeAppsScript.ts and fakeCellTyping.ts): a stand-in kinder than Sheets
 * would let the port's tests pass where Sheets fails.
 */
describe('the Apps Script stand-in', () => {
  it('never grows a sheet by itself: a range outside the grid throws; insertSheet makes 1,000 × 26; inserts grow it', () => {
    const fake = new FakeAppsScript();
    fake.addSheet('Keep');
    const gas = fake.services();
    const made = gas.spreadsheet.insertSheet('New');
    expect([made.getMaxRows(), made.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => made.getRange(1000, 26, 1, 1).setValues([['ok']])).not.toThrow();
    expect(() => made.getRange(1001, 1, 1, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => made.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    made.insertRowsAfter(1000, 5);
    made.insertColumnsAfter(26, 2);
    expect(() => made.getRange(1005, 28, 1, 1).setValues([['ok']])).not.toThrow();
  });

  it('types strings as a person typing would, except in plain-text cells and behind an apostrophe', () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    const state = fake.addSheet('S');
    const range = fake.services().spreadsheet.getSheetByName('S')!.getRange(1, 1, 1, 8);
    range.setValues([['00123', '+8613812345678', '2024-03-05', '92', 'TRUE', '1,234.5', "'00123", '138-1234-5678']]);
    expect(state.values[0]).toEqual([123, 8613812345678, fake.dateCell(2024, 3, 5), 92, true, 1234.5, '00123', '138-1234-5678']);
    range.setNumberFormat('@');
    range.setValues([['00123', '+8613812345678', '2024-03-05', '92', 'TRUE', '1,234.5', "'00123", 'x']]);
    expect(state.values[0]).toEqual(['00123', '+8613812345678', '2024-03-05', '92', 'TRUE', '1,234.5', "'00123", 'x']);
  });

  it('holds 50,000 characters a cell and 10 million cells a spreadsheet', () => {
    const fake = new FakeAppsScript();
    fake.addSheet('S');
    const gas = fake.services();
    const sheet = gas.spreadsheet.getSheetByName('S')!;
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([['x'.repeat(LIMITS.cellChars + 1)]])).toThrow('more than the maximum of 50000 characters');
    fake.addSheet('Big', []).maxRows = 383_000; // 9,958,000 cells with 26 columns, 9,984,000 with S
    expect(() => gas.spreadsheet.insertSheet('One more')).toThrow('above the limit of 10000000 cells');
    expect(() => sheet.insertRowsAfter(1000, 5000)).toThrow('above the limit of 10000000 cells');
  });

  it('keeps only the listed editors of a protection: removeEditors leaves the owner and whoever ran it; a warning stops nobody', () => {
    const fake = new FakeAppsScript('UTC', 'owner@example.com');
    fake.addSheet('Locked');
    fake.addSheet('Warned');
    const gas = fake.services();
    const locked = gas.spreadsheet.getSheetByName('Locked')!.protect();
    locked.removeEditors(locked.getEditors());
    gas.spreadsheet.getSheetByName('Warned')!.protect().setWarningOnly(true);
    fake.asUser('bob@example.com');
    expect(() => gas.spreadsheet.getSheetByName('Locked')!.getRange(1, 1, 1, 1).setValues([['x']])).toThrow('You are trying to edit a protected cell or object');
    expect(() => gas.spreadsheet.getSheetByName('Warned')!.getRange(1, 1, 1, 1).setValues([['x']])).not.toThrow();
    fake.asUser('owner@example.com');
    expect(() => gas.spreadsheet.getSheetByName('Locked')!.getRange(1, 1, 1, 1).setValues([['x']])).not.toThrow();
  });

  it('refuses properties over 9 KB a value or 500 KB a store, and cache values over 100 KB counted in UTF-8 bytes', () => {
    const fake = new FakeAppsScript();
    const props = fake.services().documentProperties;
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    for (let k = 0; k < 56; k++) props.setProperty(`k${k}`, 'x'.repeat(9000));
    expect(() => props.setProperty('last', 'x'.repeat(9000))).toThrow('exceeded the property storage quota');
    const cache = (fake.globals().CacheService as { getDocumentCache(): GoogleAppsScript.Cache.Cache }).getDocumentCache();
    expect(() => cache.putAll({ a: 'x'.repeat(100 * 1024) })).not.toThrow();
    // 40,000 Chinese characters: 120,000 bytes.
    expect(() => cache.putAll({ b: '客'.repeat(40_000) })).toThrow('Argument too large: value');
  });

  it('grants only the scopes appsscript.json lists: the active user\'s e-mail needs userinfo.email, Drive needs drive', () => {
    const fake = new FakeAppsScript();
    const session = fake.globals().Session as GoogleAppsScript.Base.Session;
    expect(session.getActiveUser().getEmail()).toBe('alice@example.com');
    fake.scopes = fake.scopes.filter((s) => !s.endsWith('userinfo.email'));
    expect(() => session.getActiveUser().getEmail()).toThrow('Required permissions: https://www.googleapis.com/auth/userinfo.email');
    expect(() => fake.automation().driveApp.getFolderById('folder-backups')).toThrow('Required permissions: https://www.googleapis.com/auth/drive');
  });
});
