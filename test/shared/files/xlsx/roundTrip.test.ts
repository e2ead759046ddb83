import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { HEADERS } from '../../../../bench/generate/generateCustomers';

const CHART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';
const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

/** A customer workbook as people keep them: styled header, widths, a dropdown, a note, a defined name, a second sheet with a formula, and a chart on the customer sheet. */
async function richWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Customers');
  ws.addRow([...HEADERS.en]);
  ws.addRow(['C000001', 'Wang Fang', 'Acme', '138-1234-5678', ' A@B.COM ', 'F', new Date(Date.UTC(1990, 4, 17)), 'Guangdong', 'Shenzhen', 'Road 1', 'Web', 'Li', 'A', 'Lead', 'VIP', null, null, 3, 1234.5, 5, 'Yes', null, null, null, null, 'first']);
  ws.addRow(['C000002', 'Zhang Wei', 'Beta', '+8613912345678', 'zw@example.com', 'Male', new Date(Date.UTC(1985, 1, 2)), 'Beijing', 'Beijing', 'Road 2', 'Event', 'Li', 'B', 'Customer', 'VIP', null, null, 1, 10, 4, 'No', null, null, null, null, 'right as it is']);
  ws.getRow(1).font = { bold: true, color: { argb: 'FF1F4E79' } };
  ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('S2').numFmt = '#,##0.00';
  ws.getColumn(2).width = 24;
  ws.getColumn(10).width = 40;
  ws.getCell('N2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Lead,Customer"'] };
  ws.getCell('B3').note = 'met at the fair';
  book.definedNames.add('Customers!$A$1:$Z$3', 'CustomerTable');
  const other = book.addWorksheet('Other');
  other.getCell('A1').value = 2;
  other.getCell('A2').value = { formula: 'A1*21', result: 42 };
  other.getColumn(1).width = 30;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  // exceljs writes no charts: the chart, its drawing and their relationships are added by hand.
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>');
  const sheetRelsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  const sheetRels = (await zip.file(sheetRelsPath)?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(sheetRelsPath, sheetRels.replace('</Relationships>', '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'));
  const sheet1 = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/(<legacyDrawing\b|<\/worksheet>)/, '<drawing r:id="rIdChart"/>$1');
  zip.file('xl/worksheets/sheet1.xml', sheet1);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.files[name]!.async('string'));
  return out;
}

/** The XML of a sheet around its rows (what a rewrite must keep), the dimension left out. */
function aroundRows(xml: string): string {
  return xml.replace(/<sheetData\b[\s\S]*?<\/sheetData>|<sheetData\/>/, '').replace(/<dimension\b[^>]*\/>/, '');
}

function rowXml(xml: string, r: number): string | undefined {
  return new RegExp(`<row r="${r}"[\\s\\S]*?</row>`).exec(xml)?.[0];
}

describe('an .xlsx written by fix keeps the workbook', () => {
  it('copies every part it did not mean to change, and in the changed sheet everything but the changed rows', async () => {
    const input = await richWorkbook();
    const workbook = await readWorkbookFile(input, 'customers.xlsx');
    const report = await checkWorkbook(workbook, { template: defaultTemplate, today: '2026-11-22', lang: 'en' });
    const { changed } = await fixWorkbook(workbook, report, planFix(report), { now: '2026-11-22T10:00:00Z', snapshot: false, user: 'test' });
    expect(changed.some((c) => c.row === 2)).toBe(true);
    expect(changed.some((c) => c.row === 3)).toBe(false);
    const output = await writeWorkbookFile(workbook, 'xlsx');

    const before = await parts(input);
    const after = await parts(output);
    // Parts Dossier changes on purpose: the fixed sheet, the workbook's sheet list (the Audit sheet), strings, content types.
    const meant = new Set(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', '[Content_Types].xml', 'docProps/app.xml']);
    for (const [name, text] of before) {
      if (meant.has(name)) continue;
      expect([name, after.get(name)]).toEqual([name, text]);
    }
    // Among them: the other sheet (with its formula), styles, the note, the chart and its drawing.
    for (const name of ['xl/worksheets/sheet2.xml', 'xl/styles.xml', 'xl/comments1.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/worksheets/_rels/sheet1.xml.rels']) expect(after.get(name)).toBe(before.get(name));
    expect(after.get('xl/worksheets/sheet2.xml')).toContain('<f>A1*21</f>');

    const sheetBefore = before.get('xl/worksheets/sheet1.xml')!;
    const sheetAfter = after.get('xl/worksheets/sheet1.xml')!;
    // Widths, validation, the note's drawing and the chart's drawing: all outside the rows, all kept.
    expect(aroundRows(sheetAfter)).toBe(aroundRows(sheetBefore));
    expect(sheetAfter).toContain('<dataValidation');
    expect(sheetAfter).toContain('<drawing r:id="rIdChart"/>');
    // The header and the row fix left alone are copied as they were; the fixed row is rewritten with its cells' styles.
    expect(rowXml(sheetAfter, 1)).toBe(rowXml(sheetBefore, 1));
    expect(rowXml(sheetAfter, 3)).toBe(rowXml(sheetBefore, 3));
    expect(rowXml(sheetAfter, 2)).not.toBe(rowXml(sheetBefore, 2));
    const styleOf = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?s="(\\d+)"`).exec(xml)?.[1];
    for (const ref of ['A2', 'D2', 'G2', 'S2']) expect([ref, styleOf(sheetAfter, ref)]).toEqual([ref, styleOf(sheetBefore, ref)]);
    // The defined name is still in the workbook part.
    expect(after.get('xl/workbook.xml')).toContain('CustomerTable');

    // And it reads back: the fixes, the untouched row, the audit sheet, the other sheet.
    const back = await readWorkbookFile(output, 'out.xlsx');
    expect(back.sheetNames()).toEqual(['Customers', 'Other', 'Audit']);
    const values = (await back.readSheet('Customers')).values;
    expect(values[1]![3]).toBe('+8613812345678');
    expect(values[1]![4]).toBe('a@b.com');
    expect(values[2]).toEqual((await workbook.readSheet('Customers')).values[2]);
    expect((await back.readSheet('Other')).values).toEqual([[2], [42]]);
    expect((await back.readSheet('Audit')).values.length).toBe(changed.length + 1);

    // exceljs (an independent reader) opens it and finds the note, the width and the name.
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(Buffer.from(output) as never);
    expect(check.getWorksheet('Customers')!.getCell('B3').note).toBe('met at the fair');
    expect(check.getWorksheet('Customers')!.getColumn(2).width).toBe(24);
    expect(check.getWorksheet('Customers')!.getCell('N2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('writes a workbook nobody changed as the same parts', async () => {
    const input = await richWorkbook();
    const output = await writeWorkbookFile(await readWorkbookFile(input, 'customers.xlsx'), 'xlsx');
    const before = await parts(input);
    const after = await parts(output);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, text] of before) {
      if (name === 'xl/workbook.xml') continue;
      expect([name, after.get(name)]).toEqual([name, text]);
    }
  });
});

describe('hostile sheets', () => {
  it('refuses a cell or row beyond Excel\'s grid with a sentence instead of allocating for it', async () => {
    for (const cell of ['<row r="1"><c r="XFE1"><v>1</v></c></row>', '<row r="99999999999"><c><v>1</v></c></row>']) {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('S').getCell('A1').value = 1;
      const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
      const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${cell}</sheetData>`);
      zip.file('xl/worksheets/sheet1.xml', xml);
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      await expect(readWorkbookFile(bytes, 'hostile.xlsx')).rejects.toThrow(/could not be read as an Excel workbook/);
    }
  });
});
