import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { sheetWithFormulas } from '../../../support/sheetWithFormulas';

async function formulasOf(bytes: Uint8Array): Promise<{ formulas: Record<string, string>; sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const formulas: Record<string, string> = {};
  book.worksheets[0]!.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { formula?: string; sharedFormula?: string } | null;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) formulas[cell.address] = value.formula ?? `shared:${value.sharedFormula}`;
    }),
  );
  return { formulas, sheet, workbook };
}

describe('an .xlsx whose rows moved keeps its formulas, adjusted as Excel adjusts them', () => {
  it('a row merged away: the rows below keep their formulas, moved up; the totals row sums one row fewer', async () => {
    const workbook = await readWorkbookFile(await sheetWithFormulas(), 'customers.xlsx');
    await workbook.deleteRows('客户档案', [2]);
    const { formulas, sheet, workbook: part } = await formulasOf(await writeWorkbookFile(workbook, 'xlsx'));
    expect(formulas).toEqual({ E2: 'D2*2', E3: 'D3*2', E4: 'D4*2', D5: 'SUM(D2:D4)', E5: 'SUM(E2:E4)' });
    // The totals' cached figures no longer hold: they are dropped, and the workbook recalculates when opened.
    expect(/<c r="D5"[^>]*>.*?<\/c>/.exec(sheet)![0]).not.toContain('<v>');
    expect(/<c r="E3"[^>]*>.*?<\/c>/.exec(sheet)![0]).toContain('<v>');
    expect(part).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(sheet).toMatch(/<conditionalFormatting sqref="D2:D4"/);
    // What points into the sheet from elsewhere follows its rows too.
    const zip = await JSZip.loadAsync(await writeWorkbookFile(workbook, 'xlsx'));
    const summary = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(summary).toContain('<f>COUNTA(客户档案!A2:A4)</f>');
    expect(summary).toContain("<f>SUM('客户档案'!D2:D4)</f>");
    expect(summary).toContain('<f>客户档案!B3</f>');
    expect(part).toMatch(/<definedName name="Spend"[^>]*>'?客户档案'?!\$D\$2:\$D\$4<\/definedName>/);
    // The merged-away row's values are gone from the sheet; the row after it took its place.
    const again = await readWorkbookFile(await writeWorkbookFile(workbook, 'xlsx'), 'again.xlsx');
    expect((await again.readSheet('客户档案')).values.map((r) => r[0])).toEqual(['客户编号', 'C001', 'C003', 'C004', '合计']);
  });

  it('the row holding a filled-down formula\'s first cell merged away: the rest of the column keeps its formula', async () => {
    const workbook = await readWorkbookFile(await sheetWithFormulas(), 'customers.xlsx');
    await workbook.deleteRows('客户档案', [1]);
    const { formulas } = await formulasOf(await writeWorkbookFile(workbook, 'xlsx'));
    expect(formulas).toEqual({ E2: 'D2*2', E3: 'D3*2', E4: 'D4*2', D5: 'SUM(D2:D4)', E5: 'SUM(E2:E4)' });
  });

  it('rows inserted above the totals row: the totals range widens to take them in', async () => {
    const workbook = await readWorkbookFile(await sheetWithFormulas(), 'customers.xlsx');
    await workbook.insertRowsAt('客户档案', [4, 5]);
    await workbook.writeValues('客户档案', 4, 0, [['C005', '赵敏', '13600136000', 40], ['C006', '钱多', '13500135000', 60]]);
    const { formulas } = await formulasOf(await writeWorkbookFile(workbook, 'xlsx'));
    expect(formulas).toEqual({ E2: 'D2*2', E3: 'D3*2', E4: 'D4*2', E7: 'D7*2', D8: 'SUM(D2:D7)', E8: 'SUM(E2:E7)' });
  });

  it('a workbook whose rows did not move is written with its shared formulas as they were', async () => {
    const source = await sheetWithFormulas();
    const workbook = await readWorkbookFile(source, 'customers.xlsx');
    await workbook.writeValues('客户档案', 3, 1, [['李娜娜']]);
    const { formulas } = await formulasOf(await writeWorkbookFile(workbook, 'xlsx'));
    expect(formulas).toEqual((await formulasOf(source)).formulas);
  });
});
