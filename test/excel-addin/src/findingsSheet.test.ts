import { writeFindingsSheet } from '../../../excel-addin/src/findingsSheet';
import { OfficeWorkbook } from '../../../excel-addin/src/officeWorkbook';
import type { Finding } from '../../../shared/core/findings/finding';
import { FakeExcel } from '../fakeExcel';

const finding = (row: number, field: string, severity: Finding['severity'], value: string, suggestion: string | null): Finding => ({
  row, field, severity, code: `${field}.x`, message: `${field} problem`, value, suggestion,
});

describe('writeFindingsSheet', () => {
  it('lists every finding with a link to its cell, replacing the previous list', async () => {
    const excel = new FakeExcel();
    excel.addSheet("O'Brien list", [['Name', 'Phone']]);
    const port = new OfficeWorkbook({ run: excel.run, isSetSupported: () => false });
    const first = [finding(7, 'phone', 'error', '12345', null), finding(9, 'phone', 'warning', '138 1234 5678', '+8613812345678'), finding(12, 'name', 'error', '', null)];
    await writeFindingsSheet(port, { sheet: "O'Brien list", findings: first, columns: { name: 0, phone: 1 } }, 'zh');
    expect(excel.values('Findings')).toEqual([
      ['转到', '行', '字段', '级别', '问题', '原值', '建议'],
      ['B7', 7, 'phone', '错误', 'phone problem', '12345', null],
      ['B9', 9, 'phone', '警告', 'phone problem', '138 1234 5678', '+8613812345678'],
      ['A12', 12, 'name', '错误', 'name problem', null, null],
    ]);
    expect(excel.cell('Findings', 1, 0)!.hyperlink).toEqual({ documentReference: "'O''Brien list'!B7", textToDisplay: 'B7', screenTip: "'O''Brien list'!B7" });
    expect(excel.sheet('Findings').frozenRows).toBe(1);
    await writeFindingsSheet(port, { sheet: "O'Brien list", findings: [first[2]!], columns: { name: 0, phone: 1 }, labels: { name: 'Name' } }, 'en');
    expect(excel.values('Findings')).toEqual([['Go to', 'Row', 'Field', 'Severity', 'Problem', 'Value', 'Suggestion'], ['A12', 12, 'Name', 'Error', 'name problem', null, null]]);
    expect(excel.cell('Findings', 2, 0)).toBeUndefined();
  });
});
