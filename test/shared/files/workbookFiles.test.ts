import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { DossierError } from '../../../shared/core/errors';
import type { CellValue } from '../../../shared/core/cell';

const rows: CellValue[][] = [
  ['客户编号', '姓名', '电话', '生日', '累计消费', '备注'],
  ['C000001', '王芳', '+8613812345678', new Date(Date.UTC(1990, 4, 17)), 1234.5, '=HYPERLINK("http://evil","x")'],
  ['C000002', 'John "JJ" Smith, Jr.', '138-1234-5678', null, { error: '#N/A' }, '第一行\n第二行'],
];

describe('xlsx files', () => {
  it('round-trip values, dates, errors, hidden sheets and formats, with formulas neutralized', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: '客户档案', values: rows }, { name: '_dossier_state', values: [['{}']], hidden: true }]);
    await wb.formatColumns('客户档案', [{ col: 3, fromRow: 1, numberFormat: 'yyyy-mm-dd' }, { col: 1, fromRow: 1, list: ['A', 'B'] }]);
    await wb.markCells('客户档案', [{ row: 1, col: 2, severity: 'error', note: 'bad phone' }]);
    await wb.freezeRows('客户档案', 1);
    await wb.protect('客户档案', { headerRows: 1 });
    const bytes = await writeWorkbookFile(wb, 'xlsx');
    const back = await readWorkbookFile(bytes, 'out.xlsx');
    expect(back.sheetNames()).toEqual(['客户档案', '_dossier_state']);
    expect(back.sheet('_dossier_state').hidden).toBe(true);
    // The neutralized formula reads back as the text it was.
    expect((await back.readSheet('客户档案')).values).toEqual(rows);

    // What Excel will see: the formula-like text as a text cell in the text format (no apostrophe in it), a fill, a note, a frozen header, protection and a dropdown.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const ws = book.getWorksheet('客户档案')!;
    expect(ws.getCell('F2').value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell('F2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('F2').numFmt).toBe('@');
    expect(ws.getCell('C2').note).toBe('bad phone');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Locked is Excel's default, so the header carries no explicit flag; the data rows are unlocked.
    expect(ws.getCell('A1').protection?.locked ?? true).toBe(true);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('A2').protection).toMatchObject({ locked: false });
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd');
  });

  it('refuses damaged files and old .xls with a sentence, not a stack', async () => {
    await expect(readWorkbookFile(new Uint8Array([1, 2, 3]), 'broken.xlsx')).rejects.toThrow(DossierError);
    await expect(readWorkbookFile(new Uint8Array([1, 2, 3]), 'broken.xlsx')).rejects.toThrow(/could not be read/);
    await expect(readWorkbookFile(new Uint8Array([1]), 'old.xls')).rejects.toThrow(/save it as \.xlsx/);
    await expect(readWorkbookFile(new Uint8Array([1]), 'photo.png')).rejects.toThrow(/not an \.xlsx or \.csv/);
  });
});

describe('csv files', () => {
  const text = '姓名,电话,备注\r\n王芳,138-1234-5678,"含逗号, 和""引号"""\r\n张伟,,"两行\n文字"\r\n';

  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['GB18030', new Uint8Array(iconv.encode(text, 'gb18030'))],
    ['GBK', new Uint8Array(iconv.encode(text, 'gbk'))],
    ['UTF-16 with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')])],
  ])('reads %s', async (_name, bytes) => {
    const wb = await readWorkbookFile(bytes, 'customers.csv');
    expect((await wb.readSheet('customers')).values).toEqual([
      ['姓名', '电话', '备注'],
      ['王芳', '138-1234-5678', '含逗号, 和"引号"'],
      ['张伟', null, '两行\n文字'],
    ]);
  });

  it('writes UTF-8 with a BOM, ISO dates and neutralized formulas', async () => {
    const bytes = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'S', values: rows }]), 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = new TextDecoder().decode(bytes);
    expect(out).toContain('1990-05-17');
    expect(out).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(out).toContain('+8613812345678');
    const back = await readWorkbookFile(bytes, 'S.csv');
    expect((await back.readSheet('S')).values[1]).toEqual(['C000001', '王芳', '+8613812345678', '1990-05-17', '1234.5', '=HYPERLINK("http://evil","x")']);
  });

  it('names an unclosed quote', async () => {
    await expect(readWorkbookFile(new TextEncoder().encode('a,b\n"x,y\n'), 'bad.csv')).rejects.toThrow(/unclosed quote/);
  });
});

describe('awkward csv files', () => {
  it('reads mixed line endings and says when a file is empty', async () => {
    const mixed = new TextEncoder().encode('Name,Phone\r\n王芳,138\n张伟,"139\r\n0"\r李娜,137\r\n');
    const wb = await readWorkbookFile(mixed, 'mixed.csv');
    expect((await wb.readSheet('mixed')).values).toEqual([['Name', 'Phone'], ['王芳', '138'], ['张伟', '139\n0'], ['李娜', '137']]);
    await expect(readWorkbookFile(new Uint8Array(), 'empty.csv')).rejects.toThrow('"empty.csv" is empty.');
  });
});

describe('delimiters', () => {
  it('takes the delimiter from the header line, whatever the cells hold', async () => {
    const semicolons = await readWorkbookFile(new TextEncoder().encode('Name;Phone;Notes\n王芳;138;"a, b"\n'), 'eu.csv');
    expect((await semicolons.readSheet('eu')).values).toEqual([['Name', 'Phone', 'Notes'], ['王芳', '138', 'a, b']]);
    const tricky = await readWorkbookFile(await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'S', values: [['Name', 'Notes', 'Tags'], ['x', ';', ' ;']] }]), 'csv'), 'S.csv');
    expect((await tricky.readSheet('S')).values).toEqual([['Name', 'Notes', 'Tags'], ['x', ';', ' ;']]);
  });
});
