import ExcelJS from 'exceljs';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

// OWASP's CSV-injection examples and an HTML one, as customer data (HTML: test/shared/report/injectionHtml.test.tsx).
const PAYLOADS = ["=cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '+HYPERLINK("http://evil")', '-2+3+cmd|x', '\t=1', '<img src=x onerror=alert(1)>'];
const values = [['Name', 'Owner', 'Notes', 'Total Spend'], ...PAYLOADS.map((p, i) => [p, p, p, i])];

describe('injection payloads come out inert', () => {
  it('in CSV: every formula trigger is behind an apostrophe', async () => {
    const text = new TextDecoder().decode(await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'S', values }]), 'csv'));
    for (const line of text.split('\r\n').slice(1, -1)) {
      for (const field of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
        const cell = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('in XLSX: no cell is a formula, and text that starts with a trigger is a string cell in the text format (issue 18: no apostrophe in the value)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'S', values }]), 'xlsx')) as never);
    book.getWorksheet('S')!.eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt).toBe('@');
      }
    }));
  });

});
