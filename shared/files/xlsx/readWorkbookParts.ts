import { readXmlEntry, relsPathOf, resolvePartPath } from './readXmlEntry';
import type { ZipEntry } from './zipEntries';

export interface WorkbookSheetPart {
  readonly name: string;
  readonly hidden: boolean;
  /** The sheet's relationship id in workbook.xml.rels. */
  readonly relId: string;
  /** Its XML part inside the package, e.g. xl/worksheets/sheet1.xml (null for a chart sheet or a dangling id). */
  readonly path: string | null;
}

export interface WorkbookParts {
  readonly workbookPath: string;
  readonly sheets: WorkbookSheetPart[];
  readonly date1904: boolean;
  /** Package path of the shared strings and styles parts, where the workbook has them. */
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** The workbook part's sheets (names, visibility, where each one's XML is), date system, shared strings and styles. */
export function readWorkbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): WorkbookParts | null {
  const rootRels = relationships(bytes, entries, '_rels/.rels');
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolvePartPath('', officeDocument.target) : 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) return null;
  const sheets: Array<{ name: string; hidden: boolean; relId: string }> = [];
  let date1904 = false;
  readXmlEntry(bytes, workbookEntry, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden', relId: a['r:id'] ?? '' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {},
    text() {},
  });
  const rels = relationships(bytes, entries, relsPathOf(workbookPath));
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const target = (r: { type: string; target: string } | undefined) => (r ? resolvePartPath(folder, r.target) : null);
  const byType = (suffix: string) => target([...rels.values()].find((r) => r.type.endsWith(suffix)));
  return {
    workbookPath,
    sheets: sheets.map((s) => {
      const rel = rels.get(s.relId);
      return { ...s, path: rel && rel.type.endsWith('/worksheet') ? target(rel) : null };
    }),
    date1904,
    sharedStrings: byType('/sharedStrings'),
    styles: byType('/styles'),
  };
}

/** A relationships part as id -> type and target; empty when the part is missing. */
export function relationships(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  const entry = entries.get(path);
  if (!entry) return rels;
  readXmlEntry(bytes, entry, {
    open(name, a) {
      if (name === 'Relationship' && a.Id) rels.set(a.Id, { type: a.Type ?? '', target: a.Target ?? '' });
    },
    close() {},
    text() {},
  });
  return rels;
}
