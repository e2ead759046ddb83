import { eraseCustomer } from '../../../../shared/core/safety/erase';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { AUDIT_SHEET } from '../../../../shared/core/safety/audit';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { cellToText } from '../../../../shared/core/normalize/cellToText';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };

describe('eraseCustomer', () => {
  it('removes the customer everywhere and leaves only the id and a hash in the log', async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: 'Customers', values: [['Customer ID', 'Name', 'Phone', 'Email'], ['C001', '王芳', '138-1234-5678', 'wang@qq.com'], ['C002', '张伟', '+8613900000000', 'zw@163.com']] },
      { name: 'Merged', values: [['Customer ID', 'Name', 'Phone', 'Email', 'Merged into'], ['C009', '王 芳', '13812345678', null, 'C001'], ['C010', '李娜', '13700000000', null, 'C002']] },
    ]);
    const report = await checkWorkbook(wb, { template: defaultTemplate, today: '2026-11-22', lang: 'en' });
    await fixWorkbook(wb, report, planFix(report), { now: '2026-11-22T09:00:00Z' }); // leaves a snapshot and audit entries holding 王芳's phone

    const result = await eraseCustomer(wb, { template: defaultTemplate, sheet: 'Customers', match: 'phone', value: '+86 138 1234 5678', context, now: '2026-11-22T10:00:00Z' });
    expect(result.ids).toEqual(['C001', 'C009']);
    expect(result.removed).toEqual(expect.arrayContaining([{ sheet: 'Customers', rows: 1 }, { sheet: 'Merged', rows: 1 }]));
    expect(result.removed.some((r) => r.sheet.startsWith('_dossier_snap'))).toBe(true);

    const everything = wb.sheetNames().flatMap((name) => wb.sheet(name).values.flat().map((c) => cellToText(c ?? null)));
    for (const trace of ['王芳', '王 芳', '138-1234-5678', '+8613812345678', '13812345678', 'wang@qq.com']) expect(everything).not.toContain(trace);
    expect(everything).toContain('张伟');
    const audit = (await wb.readSheet(AUDIT_SHEET)).values;
    expect(audit[audit.length - 1]).toEqual(['2026-11-22T10:00:00Z', '', 'erase', 'Customers', null, 'id', 'C001, C009', `hmac-sha256:${result.hash}`]);
  });

  it('says clearly when the value cannot be matched on', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone'], ['a', '13812345678']] }]);
    await expect(eraseCustomer(wb, { template: defaultTemplate, sheet: 'Customers', match: 'phone', value: '12', context, now: 'x' })).rejects.toThrow(/not a valid phone/);
  });
});
