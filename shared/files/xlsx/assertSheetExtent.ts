import { DossierError } from '../../core/errors';

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

export interface SheetExtent {
  cells: number;
  maxRow: number;
  maxCol: number;
  /** Merged ranges as 1-based [row1, col1, row2, col2]. */
  merges: Array<[number, number, number, number]>;
}

/** Refuses, in one sentence, a sheet whose extent or merges span far more cells than it holds. */
export function assertSheetExtent(extent: SheetExtent, fileName: string): void {
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
