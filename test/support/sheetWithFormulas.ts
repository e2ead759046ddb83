import ExcelJS from 'exceljs';

/**
 * A customer sheet with formulas as people keep them: a column filled down
 * (a shared formula, as Excel saves one), a totals row summing the column,
 * conditional formatting and a dropdown over the customers; a summary
 * sheet and a defined name that point into it.
 */
export async function sheetWithFormulas(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('客户档案');
  ws.addRow(['客户编号', '姓名', '电话', '消费金额', '双倍']);
  const people: Array<[string, string, string, number]> = [
    ['C001', '张伟', '13800138000', 100],
    ['C002', '张伟', '13800138000', 50],
    ['C003', '李娜', '13900139000', 70],
    ['C004', '王芳', '13700137000', 30],
  ];
  people.forEach((p, k) => ws.addRow([...p, k === 0 ? { formula: 'D2*2', result: 200, shareType: 'shared', ref: 'E2:E5' } : { sharedFormula: 'E2', result: p[3] * 2 }]));
  ws.addRow(['合计', null, null, { formula: 'SUM(D2:D5)', result: 250 }, { formula: 'SUM(E2:E5)', result: 500 }]);
  ws.addConditionalFormatting({ ref: 'D2:D5', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['60'], priority: 1, style: { font: { bold: true } } }] });
  const summary = book.addWorksheet('汇总');
  summary.addRow(['客户数', { formula: 'COUNTA(客户档案!A2:A5)', result: 4 }]);
  summary.addRow(['消费合计', { formula: "SUM('客户档案'!D2:D5)", result: 250 }]);
  summary.addRow(['第三位', { formula: '客户档案!B4', result: '李娜' }]);
  book.definedNames.add('客户档案!$D$2:$D$5', 'Spend');
  ws.getCell('C2').dataValidation = { type: 'textLength', operator: 'lessThan', formulae: ['20'], allowBlank: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

