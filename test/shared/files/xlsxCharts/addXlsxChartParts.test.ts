import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReportModel } from '../../../../shared/core/insights/reportModel';
import { writeReport } from '../../../../shared/core/operations/report';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { addXlsxChartParts } from '../../../../shared/files/xlsxCharts/addXlsxChartParts';
import { cellRef } from '../../../../shared/files/xlsxCharts/cellRef';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const today = '2026-11-22';
const HEADER = ['Customer ID', 'Name', 'Owner', 'Grade', 'Total Spend', 'Created', 'Last Purchase', 'Satisfaction'];
const rows = Array.from({ length: 40 }, (_, i) => [`C${i}`, `N${i}`, ['王芳', "O'Neil & Co", '李娜'][i % 3]!, 'ABCD'[i % 4]!, 100 * (i + 1), `2026-${String((i % 11) + 1).padStart(2, '0')}-05`, '2026-09-01', (i % 5) + 1]);

async function reportFile(): Promise<{ zip: JSZip; charts: number; sheet: string }> {
  const table = readCustomerTable(defaultTemplate, { name: 'C', values: [HEADER, ...rows] }, { region: 'CN', today, ambiguousDateOrder: null });
  const model = buildReportModel(table, { today, lang: 'en' });
  const out = new MemoryWorkbook();
  const sheet = await writeReport(out, model, { now: `${today}T00:00:00Z`, user: null, snapshot: false });
  const bytes = await writeWorkbookFile(out, 'xlsx');
  return { zip: await JSZip.loadAsync(bytes), charts: model.sections.filter((s) => s.chart).length, sheet };
}

describe('native charts in the report .xlsx', () => {
  let file: Awaited<ReturnType<typeof reportFile>>;
  beforeAll(async () => {
    file = await reportFile();
  });
  const read = (path: string) => file.zip.file(path)!.async('string');

  it('writes one chart part per section chart, each declared and related', async () => {
    const chartParts = Object.keys(file.zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(chartParts).toHaveLength(file.charts);
    expect(file.charts).toBeGreaterThanOrEqual(5);
    const types = await read('[Content_Types].xml');
    for (const part of chartParts) expect(types).toContain(`PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const drawingRels = await read('xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels.match(/relationships\/chart"/g)).toHaveLength(file.charts);
    const sheetRels = await read('xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toMatch(/Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"/);
    for (const part of [...chartParts, 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml']) expect(XMLValidator.validate(await read(part))).toBe(true);
  });

  it('refers to the report cells and caches their values (the table\'s order, escaped), in the palette', async () => {
    const xml = await read('xl/charts/chart1.xml');
    expect(xml).toContain(`<c:f>&apos;${file.sheet}&apos;!$A$`);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<a:srgbClr val="0072B2"/>');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed['c:chartSpace']['c:chart']['c:plotArea']['c:barChart']['c:ser']['c:cat']['c:strRef']['c:strCache']['c:pt'].map((p: { 'c:v': string }) => p['c:v'])).toEqual(['王芳', '李娜', "O'Neil & Co"]);
    const satisfaction = await Promise.all(Object.keys(file.zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(read));
    expect(satisfaction.some((x) => x.includes('<c:max val="5"/><c:min val="1"/>'))).toBe(true);
    expect(satisfaction.some((x) => x.includes('<a:pattFill prst="wdUpDiag">'))).toBe(true);
  });

  it('puts <drawing> where the schema wants it, and sets the print area one page wide', async () => {
    const sheet = await read('xl/worksheets/sheet1.xml');
    expect(sheet.indexOf('<drawing r:id=')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(sheet.indexOf('<pageSetup')).toBeLessThan(sheet.indexOf('<drawing'));
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(await read('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Report 2026-11-22&apos;!\$A\$1:\$[A-Z]+\$\d+<\/definedName>/);
  });

  it('keeps percentages, amounts and changes as number formats in the cells, and the file readable', async () => {
    const styles = await read('xl/styles.xml');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('formatCode="&quot;¥&quot;#,##0.00"');
    expect(styles).toContain('▲');
    const back = await readWorkbookFile(await file.zip.generateAsync({ type: 'uint8array' }), 'report.xlsx');
    expect(back.sheetNames()).toContain(file.sheet);
  });

  it('quotes sheet names as Excel does', () => {
    expect(cellRef("O'Neil's", 0, 0, 3)).toBe("'O''Neil''s'!$A$1:$A$3");
    expect(cellRef('S', 4, 27)).toBe("'S'!$AB$5");
  });

  it('leaves a package without charts or print setup byte for byte alone', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await addXlsxChartParts(bytes, [{ name: 'S', values: [], charts: [], print: null }])).toBe(bytes);
  });
});
