import type { CellValue } from '../../../../shared/core/cell';
import { normalizeCell } from '../../../../shared/core/normalize/normalizeCell';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { chinaContext, fieldFor } from './fieldFor';

const read = (key: string, value: CellValue) => normalizeCell(value, fieldFor(key), chinaContext);

/** Each family: cells a clerk would read without hesitation → the standard form fix writes. */
const warnings: Array<[string, string, string]> = [
  // Dates with Chinese numerals, trailing separators, English month names in any order, times and zones.
  ['birthday', '一九九〇年三月五日', '1990-03-05'],
  ['birthday', '二零零一年十二月二十五日', '2001-12-25'],
  ['created', '二〇二四年三月五号', '2024-03-05'],
  ['created', '2024-03-05.', '2024-03-05'],
  ['created', '2024/3/5/', '2024-03-05'],
  ['created', '2024年3月5日，', '2024-03-05'],
  ['created', 'March 5, 2024', '2024-03-05'],
  ['created', '5th of March 2024', '2024-03-05'],
  ['created', '2024 Mar 5', '2024-03-05'],
  ['created', 'Tue, 5 Mar. 2024', '2024-03-05'],
  ['created', '05-Sept-2024', '2024-09-05'],
  ['created', '2024-03-05T14:30:00Z', '2024-03-05'],
  ['created', '2024-03-05 14:30:00 +0800', '2024-03-05'],
  ['created', '2024/3/5 下午2:30', '2024-03-05'],
  ['created', '2024年3月5日 14时30分', '2024-03-05'],
  ['created', 'Mar 5, 2024 2:30 PM GMT+8', '2024-03-05'],
  // E-mails as people paste them.
  ['email', 'mailto:Wang.Fang@QQ.com', 'wang.fang@qq.com'],
  ['email', '王芳 <wang@qq.com>', 'wang@qq.com'],
  ['email', '"Smith, John" <John@Example.com>', 'john@example.com'],
  ['email', 'wang＠qq．com', 'wang@qq.com'],
  ['email', 'wang@qq。com', 'wang@qq.com'],
  ['email', '（wang@qq.com）', 'wang@qq.com'],
  // Gender abbreviations with a dot, and honorifics.
  ['gender', 'M.', 'Male'],
  ['gender', 'f.', 'Female'],
  ['gender', '先生', 'Male'],
  ['gender', '女士', 'Female'],
  ['gender', 'Mr', 'Male'],
  ['gender', 'Mr.', 'Male'],
  ['gender', 'Ms', 'Female'],
  ['gender', 'Mrs.', 'Female'],
  ['gender', '小姐', 'Female'],
  ['consent', '同意', 'Yes'],
  ['consent', 'Y.', 'Yes'],
  // Amounts with units, grouping and currency marks front or back.
  ['total_spend', '1.5万', '15000'],
  ['total_spend', '1.15万元', '11500'],
  ['total_spend', '3千元', '3000'],
  ['total_spend', '12 000', '12000'],
  ['total_spend', '12\u2009000.50', '12000.5'],
  ['total_spend', 'US$1,200', '1200'],
  ['total_spend', 'HK$ 500', '500'],
  ['total_spend', '500 CNY', '500'],
  ['total_spend', 'RMB1200', '1200'],
  ['total_spend', '¥1,200.00', '1200'],
  ['total_spend', '1200 元', '1200'],
  // Placeholders for nothing in optional fields: cleared.
  ['company', '无', ''],
  ['company', '暂无', ''],
  ['address', '未知', ''],
  ['notes', 'N/A', ''],
  ['email', '-', ''],
  ['birthday', '—', ''],
  ['phone', '/', ''],
  ['tags', '无', ''],
  ['gender', '未知', ''],
  ['total_spend', '-', ''],
  // Phones with a label or a note, a country code without its plus, another region written internationally.
  ['phone', '手机：13812345678', '+8613812345678'],
  ['phone', 'Tel: 138 1234 5678', '+8613812345678'],
  ['phone', '13812345678（微信同号）', '+8613812345678'],
  ['phone', '(010)12345678 转 801', '+861012345678'],
  ['phone', '86 138 1234 5678', '+8613812345678'],
  ['phone', '8613812345678', '+8613812345678'],
  ['phone', '1 212 555 0123', '+12125550123'],
  ['phone', '44 20 7946 0958', '+442079460958'],
  ['phone', '852 9123 4567', '+85291234567'],
  ['phone', '001-212-555-0123', '+12125550123'],
];

/** Each stays an error: no safe rewrite exists. */
const errors: Array<[string, string]> = [
  ['created', '二〇二四年二月三十日'],
  ['created', 'Feb 30, 2024'],
  ['created', '2024-02-30 10:00'],
  ['created', 'Marchy 5 2024'],
  ['email', 'wang@qq.com; li@163.com'],
  ['email', '王芳 <wang@qq.com>, 李娜 <li@163.com>'],
  ['email', 'john@'],
  ['gender', 'Dr.'],
  ['total_spend', '(1,200)'],
  ['total_spend', '1,2'],
  ['orders', '(3)'],
  ['phone', '13812345678/13912345678'],
  ['phone', '12345'],
];

describe('value families', () => {
  it.each(warnings)('%s "%s" is a warning whose suggestion is "%s"', (key, input, suggestion) => {
    const result = read(key, input);
    if (suggestion === '') expect(result).toEqual({ status: 'placeholder', written: input });
    else expect(result).toMatchObject({ status: 'reformat', suggestion });
  });

  it.each(errors)('%s "%s" stays an error', (key, input) => {
    expect(read(key, input).status).toBe('invalid');
  });

  it('a placeholder in a required field is a missing value, and a placeholder id gets a new id', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Customer ID', 'Name', 'Phone'], ['-', '无', '+8613812345678'], ['C000007', '王芳', '+8613812345679']] }]);
    const report = await checkWorkbook(wb, { template: defaultTemplate, today: '2026-11-22', lang: 'en' });
    expect(report.findings.map((f) => [f.field, f.severity, f.code, f.suggestion])).toEqual([
      ['id', 'warning', 'id.missing', 'C000008'],
      ['name', 'error', 'field.required', null],
    ]);
  });
});

/** One customer per family member, in a sheet with a title row, in each language's headers. */
function familySheet(lang: 'en' | 'zh'): CellValue[][] {
  const keys = [...new Set(warnings.map(([key]) => key))];
  const fields = keys.map((key) => fieldFor(key));
  const header = ['Customer ID', 'Name', ...fields.map((f) => f.label.en)].map((h, i) => (lang === 'zh' ? (i === 0 ? '客户编号' : i === 1 ? '姓名' : fields[i - 2]!.label.zh) : h));
  const rows = warnings.map(([key, input], i) => {
    const row: CellValue[] = [`C${String(i + 1).padStart(6, '0')}`, lang === 'zh' ? '王芳' : 'Mary Brown', ...keys.map(() => null)];
    row[2 + keys.indexOf(key)] = input;
    // Every row keeps a way to reach the customer, so the phone-or-email rule does not fire.
    if (key !== 'phone') row[2 + keys.indexOf('phone')] = `+86138${String(10_000_000 + i)}`.slice(0, 14);
    else row[2 + keys.indexOf('email')] = `c${i}@example.com`;
    return row;
  });
  return [[lang === 'zh' ? '客户档案（2026年11月）' : 'Customer list, November 2026'], header, ...rows];
}

describe.each(['en', 'zh'] as const)('a %s file of every family', (lang) => {
  it.each(['xlsx', 'csv'] as const)('as .%s: every member is a warning, and the fixed file re-checks clean', async (format) => {
    const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'Customers', values: familySheet(lang) }]), format);
    const wb = await readWorkbookFile(bytes, `customers.${format}`);
    const options = { template: defaultTemplate, today: '2026-11-22', lang };
    const report = await checkWorkbook(wb, options);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const byRow = new Map(report.findings.map((f) => [`${f.row} ${f.field}`, f.suggestion]));
    // Row 1 is the title, row 2 the header: member i is in row i + 3.
    expect(warnings.map(([key], i) => byRow.get(`${i + 3} ${key}`))).toEqual(warnings.map(([, , suggestion]) => suggestion));
    await fixWorkbook(wb, report, planFix(report), { now: '2026-11-22T10:00:00Z' });
    const again = await checkWorkbook(wb, options);
    expect(again.findings).toEqual([]);
  });
});
