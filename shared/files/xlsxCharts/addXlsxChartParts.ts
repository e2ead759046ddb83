import JSZip from 'jszip';
import type { CellValue } from '../../core/cell';
import type { ChartSpec, PrintSetup } from '../../core/port/workbookPort';
import { cellRef } from './cellRef';
import { chartPartXml } from './chartPartXml';
import { columnWidthsXml } from './columnWidthsXml';
import { drawingPartXml } from './drawingPartXml';
import { escapeXml } from './escapeXml';

export interface SheetCharts {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly charts: readonly ChartSpec[];
  readonly print: PrintSetup | null;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/**
 * Adds native charts, a print area and fit-to-width to a finished .xlsx,
 * whichever writer made it (exceljs and most writers cannot write chart
 * parts): per sheet a drawing part with its charts, their relationships
 * and content types, `<drawing>` in the sheet, `<pageSetup>` and the
 * `_xlnm.Print_Area` defined name. Parts are added, none rewritten beyond
 * those insertions. Sheets named here that the package lacks are skipped.
 */
export async function addXlsxChartParts(bytes: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const wanted = sheets.filter((s) => s.charts.length > 0 || s.print);
  if (wanted.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? null;
  let workbook = (await text('xl/workbook.xml')) ?? '';
  const workbookRels = (await text('xl/_rels/workbook.xml.rels')) ?? '';
  let types = (await text('[Content_Types].xml')) ?? '';
  const targets = new Map([...workbookRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
  const sheetTags = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  let charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
  let drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).length;
  const printAreas: string[] = [];

  for (const sheet of wanted) {
    const index = sheetTags.findIndex((tag) => unescapeXml(attr(tag, 'name') ?? '') === sheet.name);
    if (index < 0) continue;
    const target = targets.get(attr(sheetTags[index]!, 'r:id') ?? '');
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
    let xml = (await text(path)) ?? '';
    let rels = (await text(relsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"></Relationships>`;

    if (!/<cols>/.test(xml)) xml = insertBefore(xml, ['<sheetData'], columnWidthsXml(sheet.values));
    if (sheet.print) {
      xml = fitToPage(xml, sheet.print.fitToWidth);
      printAreas.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(cellRef(sheet.name, 0, 0, Math.max(1, sheet.print.rows), Math.max(1, sheet.print.columns)))}</definedName>`);
    }
    if (sheet.charts.length > 0) {
      const drawing = ++drawings;
      const drawingRels: string[] = [];
      sheet.charts.forEach((chart, i) => {
        const n = ++charts;
        zip.file(`xl/charts/chart${n}.xml`, chartPartXml(chart, sheet.name, sheet.values));
        types = addOverride(types, `/xl/charts/chart${n}.xml`, CHART_TYPE);
        drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${n}.xml"/>`);
      });
      zip.file(`xl/drawings/drawing${drawing}.xml`, drawingPartXml(sheet.charts));
      zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${drawingRels.join('')}</Relationships>`);
      types = addOverride(types, `/xl/drawings/drawing${drawing}.xml`, DRAWING_TYPE);
      const used = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
      let id = 1;
      while (used.has(`rId${id}`)) id++;
      rels = rels.replace('</Relationships>', `<Relationship Id="rId${id}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/></Relationships>`).replace(/<Relationships([^>]*)\/>/, `<Relationships$1><Relationship Id="rId${id}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/></Relationships>`);
      if (!/xmlns:r=/.test(xml.slice(0, xml.indexOf('>', xml.indexOf('<worksheet'))))) xml = xml.replace('<worksheet', `<worksheet xmlns:r="${REL}"`);
      // CT_Worksheet's sequence: <drawing> comes after the page setup and before legacy drawings, table parts and extensions.
      xml = insertBefore(xml, ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'], `<drawing r:id="rId${id}"/>`);
      zip.file(relsPath, rels);
    }
    zip.file(path, xml);
  }
  if (printAreas.length > 0) {
    // Replaces an earlier print area of the same sheet; CT_Workbook puts <definedNames> after <sheets> (and external references), before <calcPr>.
    const ours = new Set(printAreas.map((d) => attr(d, 'localSheetId')));
    workbook = workbook.replace(/<definedName\b[^>]*name="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, (d) => (ours.has(attr(d, 'localSheetId')) ? '' : d));
    if (/<definedNames>/.test(workbook)) workbook = workbook.replace('</definedNames>', `${printAreas.join('')}</definedNames>`);
    else {
      const anchor = workbook.includes('</externalReferences>') ? '</externalReferences>' : '</sheets>';
      workbook = workbook.replace(anchor, `${anchor}<definedNames>${printAreas.join('')}</definedNames>`);
    }
    zip.file('xl/workbook.xml', workbook);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** `<sheetPr><pageSetUpPr fitToPage="1"/>` plus `<pageSetup>` one page wide (fitToHeight 0: as many pages tall as needed), A4 landscape (tables with their charts beside them). */
function fitToPage(xml: string, fitToWidth: boolean): string {
  if (!fitToWidth) return xml;
  let out = xml;
  if (/<sheetPr\b[^>]*\/>/.test(out)) out = out.replace(/<sheetPr\b([^>]*)\/>/, '<sheetPr$1><pageSetUpPr fitToPage="1"/></sheetPr>');
  else if (/<sheetPr\b/.test(out)) {
    out = /<pageSetUpPr\b/.test(out) ? out.replace(/<pageSetUpPr\b([^>]*?)\/?>/, (m, attrs: string) => `<pageSetUpPr${attrs.replace(/\s*fitToPage="[^"]*"/, '')} fitToPage="1"/>`) : out.replace('</sheetPr>', '<pageSetUpPr fitToPage="1"/></sheetPr>');
  } else out = out.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const setup = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  if (/<pageSetup\b[^>]*\/>/.test(out)) return out.replace(/<pageSetup\b[^>]*\/>/, setup);
  return insertBefore(out, ['<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'], setup);
}

/** Inserts `text` before the first of `markers` found (they are in schema order, the closing tag last). */
function insertBefore(xml: string, markers: readonly string[], text: string): string {
  const positions = markers.map((m) => (m.startsWith('</') ? xml.lastIndexOf(m) : xml.search(new RegExp(`${m.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}[\\s/>]`)))).filter((p) => p >= 0);
  if (positions.length === 0) return xml;
  const at = Math.min(...positions);
  return xml.slice(0, at) + text + xml.slice(at);
}

function addOverride(types: string, part: string, contentType: string): string {
  if (types.includes(`PartName="${part}"`)) return types;
  return types.replace('</Types>', `<Override PartName="${part}" ContentType="${contentType}"/></Types>`);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
