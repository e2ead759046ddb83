import { checkEditedRows } from '../../sheets-script/src/editedRowsCheck';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

const header = ['客户编号', '姓名', '电话', '邮箱'];
const preferences = async () => ({ template: defaultTemplate, lang: 'zh' as const });
const options = { today: '2026-11-22', preferences };

function customers(fake: FakeAppsScript, rows: string[][]) {
  return fake.addSheet('客户档案', [header, ...rows]);
}

describe('the edit trigger', () => {
  it('reads only the header and the edited rows, and marks their cells as check does', async () => {
    const fake = new FakeAppsScript();
    const sheet = customers(fake, [['C1', '张伟', '12345', 'zw@163.com'], ['C2', '王芳', '139 0000 0000', 'WF@QQ.COM'], ['C3', '李雷', 'bad', ''], ['C4', '韩梅', '13700000000', '']]);
    const port = new SheetsWorkbook(fake.services());
    await port.markCells('客户档案', [{ row: 1, col: 2, severity: 'error', note: 'from the last full check' }]);
    const before = fake.calls.getValues ?? 0;
    const result = await checkEditedRows(port, fake.editEvent('客户档案', 3, 2), options);
    expect(result).toEqual({ sheet: '客户档案', rows: { first: 3, last: 4 }, marked: 3 });
    // Header row and the two edited rows: two reads, never the whole sheet.
    expect((fake.calls.getValues ?? 0) - before).toBe(2);
    expect(sheet.notes[2]![2]).toBe('Dossier: 电话有效但格式不规范，将改为 +8613900000000。');
    expect(sheet.backgrounds[2]![2]).toBe('#ffeb9c');
    expect(sheet.notes[3]![2]).toBe('Dossier: 电话"bad"不是有效的电话号码。');
    expect(sheet.backgrounds[3]![2]).toBe('#ffc7ce');
    expect(sheet.notes[2]![3]).toMatch(/^Dossier: /);
    // Outside the edit: the earlier mark stays, and row 5 is neither read nor marked.
    expect(sheet.notes[1]![2]).toBe('Dossier: from the last full check');
    expect(sheet.notes[4] ?? []).not.toContainEqual(expect.stringMatching(/^Dossier/));
    // The user's typing is never rewritten.
    expect(sheet.values[2]).toEqual(['C2', '王芳', '139 0000 0000', 'WF@QQ.COM']);
    expect(fake.writesOutsideLock).toBe(0);
  });

  it('names the sheet\'s own rows in its messages', async () => {
    const fake = new FakeAppsScript();
    const sheet = customers(fake, Array.from({ length: 12 }, (_, i) => [i >= 9 ? 'C10' : `C${i + 1}`, `客户${i}`, '13700000000', '']));
    await checkEditedRows(new SheetsWorkbook(fake.services()), fake.editEvent('客户档案', 11, 3), options);
    expect(sheet.notes[11]![0]).toBe('Dossier: 客户编号"C10"与第 11 行重复。');
  });

  it('ignores header edits, Dossier\'s own sheets and sheets that are not customer files', async () => {
    const fake = new FakeAppsScript();
    customers(fake, [['C1', '张伟', '12345', '']]);
    fake.addSheet('Audit', [['Time', 'User', 'Sheet'], ['x', 'y', 'z']]);
    fake.addSheet('Notes', [['Topic', 'Text'], ['a', 'b']]);
    const port = new SheetsWorkbook(fake.services());
    expect(await checkEditedRows(port, fake.editEvent('客户档案', 1, 1), options)).toBeNull();
    expect(await checkEditedRows(port, fake.editEvent('Audit', 2, 1), options)).toBeNull();
    expect(await checkEditedRows(port, fake.editEvent('Notes', 2, 1), options)).toBeNull();
    expect(fake.calls.setNotes).toBeUndefined();
    // A paste that covers the header and a row below checks the row.
    expect(await checkEditedRows(port, fake.editEvent('客户档案', 1, 2), options)).toMatchObject({ rows: { first: 2, last: 2 }, marked: 1 });
  });

  it('makes the same calls for a 10-row paste as for a 1000-row paste', async () => {
    const counts = async (n: number) => {
      const fake = new FakeAppsScript();
      customers(fake, Array.from({ length: n + 5 }, (_, i) => [`C${i + 1}`, `客户${i}`, i % 2 ? '12345' : '13700000000', '']));
      await checkEditedRows(new SheetsWorkbook(fake.services()), fake.editEvent('客户档案', 3, n), options);
      return { ...fake.calls };
    };
    expect(await counts(10)).toEqual(await counts(1000));
  });
});
