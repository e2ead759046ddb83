import type { MemorySheet, MemoryWorkbook } from '../../memory/memoryWorkbook';
import { escapeXml } from './escapeXml';
import { commentsXml, notesVml } from './notesParts';
import { packageText } from './packageText';
import { readStyles } from './readStyles';
import { relsPathOf } from './readXmlEntry';
import { SharedStringsOut } from './sharedStringsOut';
import type { RowMove } from './rowMove';
import { writeSheetXml, type SheetSource } from './sheetWriter';
import { mentionsAny, referencesToMoved, shiftElementReferences, shiftWorksheetReferences } from './shiftReferencesElsewhere';
import { MINIMAL_STYLES, StyleBook } from './styleBook';
import { xlsxSourceOf, type XlsxSource } from './xlsxSource';
import type { ZipEntry } from './zipEntries';
import { ZipWriter, type Deflater } from './zipWriter';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const NOTES_REL = 'rIdDossierNotes';

/**
 * Writes a memory workbook as .xlsx, streaming each sheet's XML into the
 * ZIP. A workbook read from an .xlsx is written over its source: every part
 * Dossier did not change (other sheets, styles, widths, validation,
 * comments, names, charts, themes) is copied byte for byte without being
 * inflated; a changed sheet keeps everything but the rows that changed;
 * new sheets, new strings and new styles are added beside. A workbook made
 * in memory gets a minimal package of its own.
 */
export function writeXlsx(workbook: MemoryWorkbook, options: { onProgress?: (fraction: number) => void; deflater?: () => Deflater } = {}): Uint8Array {
  const source = xlsxSourceOf(workbook);
  const bytes = source?.bytes ?? new Uint8Array();
  const entries = new Map<string, ZipEntry>((source?.entries ?? []).map((e) => [e.name, e]));
  const workbookPath = source?.parts.workbookPath ?? 'xl/workbook.xml';
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const zip = new ZipWriter(options.deflater);
  const written = new Set<string>();
  const dropped = new Set<string>();
  const addedRels: string[] = [];
  const addedTypes: string[] = [];

  const stylesPath = source?.parts.styles ?? `${folder}styles.xml`;
  const stylesEntry = entries.get(stylesPath);
  const styleInfo = stylesEntry ? readStyles(bytes, stylesEntry) : { formats: [''], isDate: [false] };
  const styles = new StyleBook(stylesEntry ? packageText(bytes, stylesEntry) : MINIMAL_STYLES);
  const strings = new SharedStringsOut(source?.strings.length ?? 0);
  const context = { styles, styleFormats: styleInfo.formats, isDateStyle: styleInfo.isDate, strings, date1904: source?.parts.date1904 ?? false };

  const names = workbook.sheetNames();
  const taken = new Set(entries.keys());
  let nextSheet = 1;
  let nextNotes = 1;
  const plans = names.map((name) => {
    const sheet = workbook.sheet(name);
    const from = source?.sheets.get(name);
    let path = from?.path;
    if (!path) {
      while (taken.has(`${folder}worksheets/sheet${nextSheet}.xml`)) nextSheet++;
      path = `${folder}worksheets/sheet${nextSheet}.xml`;
      taken.add(path);
    }
    return { name, sheet, from, path, changed: !from || changedSince(sheet, from) };
  });
  const total = plans.reduce((sum, p) => sum + (p.changed ? p.sheet.values.length : 0), 0) || 1;
  let done = 0;
  let recalculate = false;
  const moves = new Map<string, RowMove>();

  for (const plan of plans) {
    if (!plan.changed) continue;
    written.add(plan.path);
    const entry = plan.from ? entries.get(plan.path) : undefined;
    const sheetSource: SheetSource | null = plan.from && entry ? { bytes, entry, rows: plan.from.rows } : null;
    const relsPath = relsPathOf(plan.path);
    const sheetRels = entries.has(relsPath) ? packageText(bytes, entries.get(relsPath)!) : null;
    const hasComments = sheetRels !== null && /relationships\/comments"/.test(sheetRels);
    const stream = zip.stream(plan.path);
    let rows = 0;
    const extras = writeSheetXml(plan.sheet, sheetSource, context, (text) => {
      stream.write(text);
      if (++rows % 4096 === 0) options.onProgress?.(Math.min(1, (done + rows / 2) / total));
    }, { notesId: hasComments ? null : NOTES_REL });
    stream.end();
    done += plan.sheet.values.length;
    if (extras.hasFormulas) recalculate = true;
    if (extras.move) moves.set(plan.name, extras.move);
    if (extras.legacyDrawingId) {
      const k = nextNotes++;
      let comments = `${folder}comments${k}.xml`;
      while (taken.has(comments)) comments = `${folder}comments${k}-${nextNotes++}.xml`;
      const vml = `${folder}drawings/vmlDrawingDossier${k}.vml`;
      taken.add(comments);
      taken.add(vml);
      zip.text(comments, commentsXml(extras.notes));
      zip.text(vml, notesVml(extras.notes, k));
      addedTypes.push(`<Override PartName="/${comments}" ContentType="${CT}.comments+xml"/>`);
      const rels = `<Relationship Id="${NOTES_REL}" Type="${REL}/vmlDrawing" Target="${relative(plan.path, vml)}"/><Relationship Id="${NOTES_REL}c" Type="${REL}/comments" Target="${relative(plan.path, comments)}"/>`;
      zip.text(relsPath, sheetRels ? sheetRels.replace(/<\/(\w+:)?Relationships>\s*$/, `${rels}</$1Relationships>`) : relationshipsXml(rels));
      written.add(relsPath);
    }
    if (!plan.from) addedTypes.push(`<Override PartName="/${plan.path}" ContentType="${CT}.worksheet+xml"/>`);
  }
  options.onProgress?.(1);

  // Sheets the workbook no longer has, and the calculation chain (Excel rebuilds it) once any sheet was rewritten.
  const removedSheets = source ? [...source.sheets].filter(([name]) => !names.includes(name)) : [];
  for (const [, sheet] of removedSheets) {
    dropped.add(sheet.path);
    dropped.add(relsPathOf(sheet.path));
  }
  const rewrote = plans.some((p) => p.changed && p.from);
  const calcChain = source ? [...entries.keys()].find((n) => n.endsWith('/calcChain.xml')) : undefined;
  if (calcChain && (rewrote || removedSheets.length > 0)) dropped.add(calcChain);

  const sstPath = source?.parts.sharedStrings ?? `${folder}sharedStrings.xml`;
  const sstEntry = entries.get(sstPath);
  if (strings.used || sstEntry) {
    strings.write(zip, sstPath, sstEntry ? { bytes, entry: sstEntry } : null);
    written.add(sstPath);
    if (!sstEntry) {
      addedRels.push(`<Relationship Id="rIdDossierStrings" Type="${REL}/sharedStrings" Target="${relative(workbookPath, sstPath)}"/>`);
      addedTypes.push(`<Override PartName="/${sstPath}" ContentType="${CT}.sharedStrings+xml"/>`);
    }
  }
  if (styles.changed || !stylesEntry) {
    zip.text(stylesPath, styles.toXml());
    written.add(stylesPath);
    if (!stylesEntry) {
      addedRels.push(`<Relationship Id="rIdDossierStyles" Type="${REL}/styles" Target="${relative(workbookPath, stylesPath)}"/>`);
      addedTypes.push(`<Override PartName="/${stylesPath}" ContentType="${CT}.styles+xml"/>`);
    }
  }

  // The workbook part: its sheet list as the workbook has it; everything else (names, views, calc settings) as it was.
  const relIds = new Map<string, string>();
  plans.forEach((plan, k) => {
    if (plan.from) return;
    const id = `rIdDossierSheet${k + 1}`;
    relIds.set(plan.name, id);
    addedRels.push(`<Relationship Id="${id}" Type="${REL}/worksheet" Target="${relative(workbookPath, plan.path)}"/>`);
  });
  const workbookPart = workbookXml(source, bytes, entries.get(workbookPath), plans.map((p) => ({ name: p.name, sheet: p.sheet, relId: relIds.get(p.name) ?? null })), recalculate || moves.size > 0);
  zip.text(workbookPath, moves.size > 0 ? shiftElementReferences(workbookPart, 'definedName', referencesToMoved(moves)) : workbookPart);
  written.add(workbookPath);

  const workbookRels = relsPathOf(workbookPath);
  const removedRelTargets = new Set([...dropped].map((d) => d));
  let rels = entries.has(workbookRels) ? packageText(bytes, entries.get(workbookRels)!) : relationshipsXml('');
  rels = rels.replace(/<(?:\w+:)?Relationship\b[^>]*?Target="([^"]*)"[^>]*?\/>/g, (element, target: string) => (removedRelTargets.has(resolve(folder, target)) ? '' : element));
  zip.text(workbookRels, rels.replace(/<\/((?:\w+:)?)Relationships>\s*$/, `${addedRels.join('')}</$1Relationships>`));
  written.add(workbookRels);

  if (!source) {
    zip.text('_rels/.rels', relationshipsXml(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPath}"/>`));
    written.add('_rels/.rels');
  }

  // Other sheets' formulas and charts' series that point into a sheet whose rows moved follow them; parts that name no such sheet are copied as they are.
  const shift = referencesToMoved(moves);
  const movedNames = [...moves.keys()];
  const worksheetPaths = new Set([...(source?.sheets.values() ?? [])].map((s) => s.path));
  for (const entry of source?.entries ?? []) {
    if (written.has(entry.name) || dropped.has(entry.name) || entry.name === '[Content_Types].xml') continue;
    const isWorksheet = worksheetPaths.has(entry.name);
    const isChart = /\/charts\/chart[^/]*\.xml$/.test(entry.name);
    if (moves.size > 0 && (isWorksheet || isChart)) {
      const xml = packageText(bytes, entry);
      if (mentionsAny(xml, movedNames)) {
        const shifted = isWorksheet ? shiftWorksheetReferences(xml, shift) : shiftElementReferences(xml, 'f', shift);
        if (shifted !== xml) {
          zip.text(entry.name, shifted);
          continue;
        }
      }
    }
    zip.copy(bytes, entry);
  }

  let types = entries.has('[Content_Types].xml')
    ? packageText(bytes, entries.get('[Content_Types].xml')!)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPath}" ContentType="${CT}.sheet.main+xml"/></Types>`;
  types = types.replace(/<(?:\w+:)?Override\b[^>]*?PartName="\/([^"]*)"[^>]*?\/>/g, (element, part: string) => (dropped.has(part) ? '' : element));
  if (addedTypes.some((t) => t.includes('comments')) && !/Extension="vml"/i.test(types)) addedTypes.push('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
  // Defaults come before Overrides in the schema's sequence only by convention; Excel reads either order.
  zip.text('[Content_Types].xml', types.replace(/<\/((?:\w+:)?)Types>\s*$/, `${addedTypes.join('')}</$1Types>`));
  return zip.finish();
}

/** Whether a sheet read from the source differs from it in anything the writer writes. */
function changedSince(sheet: MemorySheet, from: NonNullable<ReturnType<XlsxSource['sheets']['get']>>): boolean {
  if (sheet.hidden !== from.hidden || sheet.marks.length > 0 || sheet.columnFormats.length > 0 || sheet.frozenRows > 0 || sheet.protection || sheet.tables.length > 0) return true;
  if (sheet.values.length !== from.rows.length) return true;
  for (let r = 0; r < sheet.values.length; r++) if (sheet.values[r] !== from.rows[r]) return true;
  return false;
}

function workbookXml(source: XlsxSource | undefined, bytes: Uint8Array, entry: ZipEntry | undefined, sheets: Array<{ name: string; sheet: MemorySheet; relId: string | null }>, recalculate: boolean): string {
  const state = (s: MemorySheet) => (s.hidden ? ' state="hidden"' : '');
  if (!source || !entry) {
    let id = 1;
    const list = sheets.map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${id++}"${state(s.sheet)} r:id="${s.relId}"/>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`;
  }
  let xml = packageText(bytes, entry);
  if (recalculate) xml = recalculateOnLoad(xml);
  let r = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml)?.[1];
  if (!r) {
    r = 'r';
    xml = xml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${REL}"`);
  }
  const block = /<((?:\w+:)?)sheets\b[^>]*>([\s\S]*?)<\/\1sheets>/.exec(xml);
  if (!block) return xml;
  const p = block[1]!;
  const originals = new Map<string, string>();
  let maxId = 0;
  for (const m of block[2]!.matchAll(/<(?:\w+:)?sheet\b[^>]*\/>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1] ?? '';
    originals.set(decodeAttribute(name), m[0]);
    maxId = Math.max(maxId, Number(/\ssheetId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  }
  // Source sheets in their order (chart sheets, which Dossier does not read, kept as they were; removed sheets left out), then new ones.
  const present = new Set(sheets.map((s) => s.name));
  const list: string[] = [];
  for (const [name, original] of originals) {
    if (!source.sheets.has(name)) list.push(original);
    else if (present.has(name)) {
      const s = sheets.find((x) => x.name === name)!;
      const bare = original.replace(/\sstate="[^"]*"/, '');
      list.push(s.sheet.hidden ? bare.replace(/\s*\/>$/, ' state="hidden"/>') : bare);
    }
  }
  for (const s of sheets) if (s.relId !== null) list.push(`<${p}sheet name="${escapeXml(s.name)}" sheetId="${++maxId}"${state(s.sheet)} ${r}:id="${s.relId}"/>`);
  return xml.slice(0, block.index) + `<${p}sheets>${list.join('')}</${p}sheets>` + xml.slice(block.index + block[0].length);
}

/** Elements that follow calcPr in CT_Workbook (ECMA-376 Part 1, 18.2.28). */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/**
 * A rewritten sheet's formulas may have cached values that no longer hold
 * (cells they read changed, rows moved): the workbook asks to be calculated
 * in full when opened (calcPr fullCalcOnLoad, ECMA-376 Part 1, 18.2.2).
 */
function recalculateOnLoad(xml: string): string {
  const calc = /<((?:\w+:)?)calcPr\b([^>]*?)(\/?)>/.exec(xml);
  if (calc) {
    const attributes = calc[2]!.replace(/\sfullCalcOnLoad="[^"]*"/, '');
    return xml.slice(0, calc.index) + `<${calc[1]}calcPr${attributes} fullCalcOnLoad="1"${calc[3]}>` + xml.slice(calc.index + calc[0].length);
  }
  const p = /<((?:\w+:)?)workbook\b/.exec(xml)?.[1] ?? '';
  let at = -1;
  for (const name of AFTER_CALC_PR) {
    const m = new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.search(/<\/(?:\w+:)?workbook>/);
  return at < 0 ? xml : `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
}

function relationshipsXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
}

/** A part's path relative to another part's folder (relationship targets are relative). */
function relative(from: string, to: string): string {
  const base = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...Array(base.length - common).fill('..'), ...target.slice(common)].join('/');
}

function resolve(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function decodeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
