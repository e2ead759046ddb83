import { mergeFormResponse } from '../../sheets-script/src/formResponseMerge';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { undoLast } from '../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

const options = { template: defaultTemplate, lang: 'zh' as const, today: '2026-11-22', now: '2026-11-22T07:04:05Z', keepSnapshots: 10 };
const customers = [
  ['客户编号', '姓名', '电话', '邮箱', '负责人', '更新日期'],
  ['C1', '张伟', '+8613812345678', 'zw@163.com', '李娜', '2025-01-01'],
  ['C2', '王芳', '+8613900000000', '', '李娜', '2025-06-01'],
];

/** A spreadsheet as a linked Google Form leaves it: the responses sheet first, the customer file after it. */
function workbook() {
  const fake = new FakeAppsScript();
  fake.addSheet('Form Responses 1', [['Timestamp', '姓名', '手机号码', '邮箱', '备注']]);
  const sheet = fake.addSheet('客户档案', customers.map((r) => [...r]));
  return { fake, sheet, port: new SheetsWorkbook(fake.services()) };
}

describe('the form-submit trigger', () => {
  it('appends a new customer with the next id and today as Updated, audited and undoable', async () => {
    const { fake, sheet, port } = workbook();
    const result = await mergeFormResponse(port, fake.submitForm('Form Responses 1', { 姓名: '李雷', 手机号码: '137 0000 0000', 邮箱: 'LL@Example.com', 备注: '=HYPERLINK("http://evil.example","点我")' }), options);
    expect(result).toEqual({ customerSheet: '客户档案', added: 1, updated: 0, review: 0, rejected: 0 });
    expect(sheet.values[3]!.slice(0, 6)).toEqual(['C3', '李雷', '+8613700000000', 'll@example.com', '', fake.dateCell(2026, 11, 22)]);
    // The formula-like answer reached the sheet as text, never as a formula.
    expect(sheet.values[3]).toContain('=HYPERLINK("http://evil.example","点我")');
    expect(fake.formulaCellsWritten).toEqual([]);
    expect(fake.state('Audit').values.some((r) => r.includes('import'))).toBe(true);
    await undoLast(port);
    // Undo clears the column the import added (Source): its cells are empty again, as they were.
    const trimmed = (rows: ReadonlyArray<ReadonlyArray<unknown>>) =>
      rows.map((row) => {
        const out = [...row];
        while (out.length > 0 && out[out.length - 1] === '') out.pop();
        return out;
      });
    expect(trimmed(fake.state('客户档案').values.filter((r) => r.some((c) => c !== '')))).toEqual(trimmed(customers));
    // The response itself stays where Google wrote it.
    expect(fake.state('Form Responses 1').values).toHaveLength(2);
  });

  it('updates the existing customer on a confident match instead of adding a row', async () => {
    const { fake, sheet, port } = workbook();
    const result = await mergeFormResponse(port, fake.submitForm('Form Responses 1', { 姓名: '王芳', 手机号码: '13900000000', 邮箱: 'wf@qq.com' }), options);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    expect(sheet.values.filter((r) => r.some((c) => c !== ''))).toHaveLength(3);
    expect(sheet.values[2]!.slice(0, 4)).toEqual(['C2', '王芳', '+8613900000000', 'wf@qq.com']);
    expect(sheet.values[2]![5]).toEqual(fake.dateCell(2026, 11, 22));
  });

  it('holds an uncertain match for review and refuses an invalid response with its reason, as Import does', async () => {
    const { fake, sheet, port } = workbook();
    // The same name with a phone one digit off: a slip, or another 王芳; a person decides.
    expect(await mergeFormResponse(port, fake.submitForm('Form Responses 1', { 姓名: '王芳', 手机号码: '13900000001' }), options)).toMatchObject({ added: 0, updated: 0, review: 1 });
    const [sourceRow, candidate] = fake.state('Import review').values[1]!.slice(0, 2);
    expect(sourceRow).toBe('2');
    expect(candidate).toMatch(/^3 \(0\.\d+\)$/);
    expect(await mergeFormResponse(port, fake.submitForm('Form Responses 1', { 姓名: '赵六', 手机号码: '12' }), options)).toMatchObject({ added: 0, rejected: 1 });
    expect(fake.state('Import rejected').values[1]!.at(-1)).toMatch(/不是有效的电话号码/);
    expect(sheet.values.filter((r) => r.some((c) => c !== ''))).toHaveLength(3);
  });

  it('holds 王芳芳 with 王芳\'s mobile for review: a pet form or a typing slip, or a relative sharing the line', async () => {
    const { fake, sheet, port } = workbook();
    expect(await mergeFormResponse(port, fake.submitForm('Form Responses 1', { 姓名: '王芳芳', 手机号码: '13900000000' }), options)).toMatchObject({ added: 0, updated: 0, review: 1 });
    expect(fake.state('Import review').values[1]!.slice(0, 2)).toEqual(['2', '3 (0.5)']);
    expect(sheet.values.filter((r) => r.some((c) => c !== ''))).toHaveLength(3);
  });

  it('works from namedValues when the event carries no row', async () => {
    const { fake, sheet, port } = workbook();
    const event = fake.submitForm('Form Responses 1', { 姓名: '韩梅', 手机号码: '13600000000' });
    const result = await mergeFormResponse(port, { namedValues: event.namedValues }, options);
    expect(result).toMatchObject({ customerSheet: '客户档案', added: 1 });
    expect(sheet.values[3]!.slice(0, 3)).toEqual(['C3', '韩梅', '+8613600000000']);
  });
});
