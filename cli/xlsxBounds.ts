import { createInflateRaw } from 'node:zlib';
import { DossierError } from '../shared/core/errors';
import { zipEntries, type ZipEntry } from '../shared/files/xlsx/zipEntries';
import { MAX_INFLATION, MAX_UNPACKED_BYTES } from '../shared/files/zipBudget';
/**
 * A sheet's extent (rows x columns) is what a reader lays out. Up to a full
 * Excel column height of a wide customer sheet it is always fine, however
 * sparse (a templated sheet where only name and phone are filled); beyond
 * that, the empty part may be at most this many times the cells held, so one
 * cell at XFD1048576 (17 billion cells of extent) is refused.
 */
const MAX_ANY_SPAN = 1_048_576 * 32;
const MAX_EMPTY_PER_HELD_CELL = 4;
/** Cells of a merge that lie outside the sheet's data (a merge over A1:XFD1048576 expands into 17 billion cells). */
const MAX_MERGE_OUTSIDE = 100_000;
/** Excel's limit on sheet names; a longer one is not a workbook Excel wrote. */
const MAX_SHEET_NAME = 31;

export interface SheetExtent {
  cells: number;
  maxRow: number;
  maxCol: number;
  merges: Array<[number, number, number, number]>;
}

/**
 * Bounds an .xlsx before any workbook library sees it, whatever that library
 * is: inflates every member as a stream, counting the bytes it really
 * produces (declared sizes can lie) and stopping at the budget; reads each
 * sheet's cell references and merges on the way, refusing a sheet whose
 * extent or merges span far more cells than it holds; refuses sheet names
 * Excel could not have written. Each refusal is one sentence.
 */
export async function assertXlsxBounded(bytes: Uint8Array, fileName: string): Promise<void> {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const budget = Math.min(MAX_UNPACKED_BYTES, Math.max(bytes.length, 64 * 1024) * MAX_INFLATION);
  let inflated = 0;
  for (const entry of entries) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const isBook = /^xl\/workbook\.xml$/i.test(entry.name);
    const extent: SheetExtent = { cells: 0, maxRow: 0, maxCol: 0, merges: [] };
    let bookText = '';
    inflated = await inflateEntry(entry, bytes, budget - inflated, fileName, inflated, (text) => {
      if (isSheet) scanSheetXml(text, extent);
      else if (isBook && bookText.length < 4_000_000) bookText += text;
    });
    if (isSheet) assertExtent(extent, fileName);
    if (isBook) assertSheetNames(bookText, fileName);
  }
}

async function inflateEntry(entry: ZipEntry, bytes: Uint8Array, remaining: number, fileName: string, before: number, onText: (text: string) => void): Promise<number> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const decoder = new TextDecoder();
  let carry = '';
  const feed = (chunk: Uint8Array, last: boolean) => {
    const text = carry + decoder.decode(chunk, { stream: !last });
    // Tags end at '>': scan up to the last one and carry the rest, so no reference is cut in two.
    const cut = last ? text.length : text.lastIndexOf('>') + 1;
    onText(text.slice(0, cut));
    carry = text.slice(cut);
    if (carry.length > 1_048_576) carry = carry.slice(-1024);
  };
  if (entry.method === 0) {
    if (data.length > remaining) throw tooBig(fileName, before + data.length);
    feed(data, true);
    return before + data.length;
  }
  if (entry.method !== 8) return before;
  let count = 0;
  await new Promise<void>((resolve) => {
    const inflate = createInflateRaw();
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > remaining) {
        inflate.destroy();
        finish();
        return;
      }
      feed(chunk, false);
    });
    // A damaged member is for the workbook reader to report; this only bounds.
    inflate.on('error', finish);
    inflate.on('end', () => {
      feed(new Uint8Array(), true);
      finish();
    });
    inflate.on('close', finish);
    inflate.end(data);
  });
  if (count > remaining) throw tooBig(fileName, before + count);
  return before + count;
}

function scanSheetXml(text: string, extent: SheetExtent): void {
  for (const m of text.matchAll(/<c\b([^>]*)>|<c\b([^>]*)\/>/g)) {
    extent.cells++;
    const ref = /\br="([A-Za-z]{1,3})(\d{1,7})"/.exec(m[1] ?? m[2] ?? '');
    if (ref) {
      extent.maxCol = Math.max(extent.maxCol, columnNumber(ref[1]!));
      extent.maxRow = Math.max(extent.maxRow, Number(ref[2]));
    }
  }
  for (const m of text.matchAll(/<row\b[^>]*?\br="(\d{1,7})"/g)) extent.maxRow = Math.max(extent.maxRow, Number(m[1]));
  for (const m of text.matchAll(/<mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g)) {
    const c1 = columnNumber(m[1]!);
    const r1 = Number(m[2]);
    extent.merges.push([r1, c1, m[4] ? Number(m[4]) : r1, m[3] ? columnNumber(m[3]) : c1]);
  }
}

export function assertExtent(extent: SheetExtent, fileName: string): void {
  const span = extent.maxRow * extent.maxCol;
  if (span > MAX_ANY_SPAN && span - extent.cells > extent.cells * MAX_EMPTY_PER_HELD_CELL) {
    throw new DossierError('file.sparseSheet', {
      en: `"${fileName}" has a sheet that reaches row ${extent.maxRow}, column ${extent.maxCol} but holds only ${extent.cells} cells; it was not opened. Copy the data to a new workbook and try again.`,
      zh: `"${fileName}"中有工作表延伸到第 ${extent.maxRow} 行、第 ${extent.maxCol} 列，却只有 ${extent.cells} 个单元格，已拒绝打开。请将数据复制到新工作簿后再试。`,
    });
  }
  for (const [r1, c1, r2, c2] of extent.merges) {
    const rows = Math.abs(r2 - r1) + 1;
    const cols = Math.abs(c2 - c1) + 1;
    const inside = Math.max(0, Math.min(Math.max(r1, r2), extent.maxRow) - Math.min(r1, r2) + 1) * Math.max(0, Math.min(Math.max(c1, c2), extent.maxCol) - Math.min(c1, c2) + 1);
    if (rows * cols - inside > MAX_MERGE_OUTSIDE) {
      throw new DossierError('file.hugeMerge', {
        en: `"${fileName}" merges ${rows} rows by ${cols} columns, far beyond its data; it was not opened. Unmerge those cells and try again.`,
        zh: `"${fileName}"合并了 ${rows} 行 × ${cols} 列单元格，远超其数据范围，已拒绝打开。请取消合并后再试。`,
      });
    }
  }
}

function assertSheetNames(xml: string, fileName: string): void {
  for (const m of xml.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)) {
    const name = m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, '_').replace(/&#x?[0-9a-fA-F]+;/g, '_');
    if ([...name].length > MAX_SHEET_NAME) {
      throw new DossierError('file.longSheetName', {
        en: `"${fileName}" has a sheet name longer than ${MAX_SHEET_NAME} characters, which Excel does not allow; rename the sheet and try again.`,
        zh: `"${fileName}"中有超过 ${MAX_SHEET_NAME} 个字符的工作表名，Excel 不允许这样的名称；请重命名工作表后再试。`,
      });
    }
  }
}

function tooBig(fileName: string, unpacked: number): DossierError {
  return new DossierError('file.suspicious', {
    en: `"${fileName}" unpacks to more than ${Math.round(unpacked / 1_048_576)} MB, far more than a workbook of its size holds; it was not opened.`,
    zh: `"${fileName}"解压后超过 ${Math.round(unpacked / 1_048_576)} MB，远超同等大小的工作簿，已拒绝打开。`,
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
