import type { CellValue } from '../../core/cell';
import type { MemoryWorkbook } from '../../memory/memoryWorkbook';
import type { WorkbookParts } from './readWorkbookParts';
import type { ZipEntry } from './zipEntries';

/**
 * The .xlsx a memory workbook was read from, kept so the writer can copy
 * every part Dossier did not change (styles, other sheets, widths,
 * validation, comments, names, charts) byte for byte, and rewrite only the
 * rows that changed.
 */
export interface XlsxSource {
  readonly bytes: Uint8Array;
  readonly entries: ZipEntry[];
  readonly parts: WorkbookParts;
  /** The shared strings table as read (its indices stay valid in the written file). */
  readonly strings: readonly string[];
  /** Per sheet read: the row arrays as read (the memory workbook hands out these very rows until a write replaces one). */
  readonly sheets: Map<string, { readonly path: string; readonly hidden: boolean; readonly rows: readonly (readonly CellValue[])[] }>;
}

const sources = new WeakMap<MemoryWorkbook, XlsxSource>();

export function rememberXlsxSource(workbook: MemoryWorkbook, source: XlsxSource): void {
  sources.set(workbook, source);
}

export function xlsxSourceOf(workbook: MemoryWorkbook): XlsxSource | undefined {
  return sources.get(workbook);
}
