import { DossierError } from '../../core/errors';
import { MemoryWorkbook, type MemorySheetInput } from '../../memory/memoryWorkbook';
import { assertSheetExtent } from './assertSheetExtent';
import { assertSheetNames } from './assertSheetNames';
import { DamagedEntryError, InflateLimitError } from './entryText';
import { readSharedStrings } from './readSharedStrings';
import { readStyles } from './readStyles';
import { readWorkbookParts } from './readWorkbookParts';
import { readXmlEntry } from './readXmlEntry';
import { SheetReader } from './sheetReader';
import { rememberXlsxSource } from './xlsxSource';
import { zipEntries } from './zipEntries';

export interface ReadProgress {
  /** Called now and then with the share of the sheets' XML read so far (0-1). */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * Reads an .xlsx from its bytes as a stream: the ZIP directory, the
 * workbook's sheet list, the shared strings once, from styles only each
 * style's number format, then every worksheet row by row as it inflates.
 * No sheet is ever one string. Each part may inflate to no more than its
 * directory entry says (checked on the bytes actually inflated), so a
 * directory that lies about a bomb is caught too; a sheet whose extent or
 * merges reach far beyond the cells it holds, and a sheet name Excel could
 * not have written, are refused on the way. The workbook remembers
 * its source for the writer. Browser-safe: no Node module.
 */
export function readXlsx(bytes: Uint8Array, fileName: string, options: ReadProgress = {}): MemoryWorkbook {
  try {
    return readPackage(bytes, fileName, options);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if (error instanceof InflateLimitError) {
      throw new DossierError('file.suspicious', {
        en: `"${fileName}" unpacks to more than its own directory declares; it was not opened.`,
        zh: `"${fileName}"解压后的大小超出其目录所声明的，已拒绝打开。`,
      });
    }
    throw corrupt(fileName, error instanceof Error ? error.message : String(error));
  }
}

function readPackage(bytes: Uint8Array, fileName: string, options: ReadProgress): MemoryWorkbook {
  const list = zipEntries(bytes);
  if (!list) throw corrupt(fileName, 'not a ZIP');
  const entries = new Map(list.map((e) => [e.name, e]));
  const parts = readWorkbookParts(bytes, entries);
  if (!parts) throw corrupt(fileName, 'no workbook part');
  assertSheetNames(parts.sheets.map((s) => s.name), fileName);
  const strings = readSharedStrings(bytes, parts.sharedStrings ? entries.get(parts.sharedStrings) : undefined);
  const styles = readStyles(bytes, parts.styles ? entries.get(parts.styles) : undefined);
  const days = new Map<number, Date>();
  const worksheets = parts.sheets.filter((s) => s.path !== null && entries.has(s.path));
  const total = worksheets.reduce((sum, s) => sum + entries.get(s.path!)!.size, 0) || 1;
  let before = 0;
  const inputs: MemorySheetInput[] = [];
  for (const sheet of worksheets) {
    const entry = entries.get(sheet.path!)!;
    const reader = new SheetReader(strings, styles, parts.date1904, days);
    let seen = 0;
    readXmlEntry(bytes, entry, {
      open: (n, a, s) => reader.open(n, a, s),
      close: (n) => reader.close(n),
      text: (t) => {
        reader.text(t);
        seen += t.length;
      },
    }, () => {
      options.onProgress?.(Math.min(1, (before + seen) / total));
      // Read to the end: the merges come after the rows, and a merge far beyond the data is refused.
      return false;
    });
    if (!reader.done) throw new DamagedEntryError(`${entry.name} ends inside its rows`);
    // Bounded in the same pass that read the rows, before any empty row is laid out.
    assertSheetExtent(reader.extent, fileName);
    before += entry.size;
    inputs.push({ name: sheet.name, values: reader.rows(), formats: reader.formats, hidden: sheet.hidden });
  }
  if (inputs.length === 0) throw corrupt(fileName, 'no worksheet');
  const workbook = MemoryWorkbook.fromSheets(inputs, null, { adopt: true });
  rememberXlsxSource(workbook, {
    bytes,
    entries: list,
    parts,
    strings,
    sheets: new Map(worksheets.map((s) => [s.name, { path: s.path!, hidden: s.hidden, rows: workbook.sheet(s.name).values.slice() }])),
  });
  return workbook;
}

function corrupt(fileName: string, detail: string): DossierError {
  return new DossierError(
    'file.corrupt',
    { en: `"${fileName}" could not be read as an Excel workbook; it may be damaged or not really .xlsx.`, zh: `无法将"${fileName}"读取为 Excel 工作簿；文件可能已损坏或并非 .xlsx。` },
    detail,
  );
}
