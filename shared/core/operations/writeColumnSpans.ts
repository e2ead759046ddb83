import type { CellValue } from '../cell';
import type { WorkbookPort } from '../port/workbookPort';

type ColumnChanges = ReadonlyArray<{ row: number; value: CellValue }>;

/** Neighbouring changed columns share one block while it writes back at most this many times the cells their own spans would. */
const MAX_WIDENING = 2;

/**
 * Writes changed cells in blocks that span only the rows and columns that
 * change; the cells in between are written back as they were read. Changed
 * columns side by side share a block (fewer round trips and, on 100,000
 * rows, one row array per row instead of one per row and column) unless
 * their row spans are too far apart. Round trips grow with changed
 * columns, never with rows. `cells` are sheet row numbers (header = 1) →
 * new value, per 0-based column.
 */
export async function writeColumnSpans(
  port: WorkbookPort,
  sheet: string,
  read: readonly (readonly CellValue[])[],
  cells: ReadonlyMap<number, ColumnChanges>,
): Promise<void> {
  for (const block of blocksOf(cells)) {
    const width = block.lastCol - block.firstCol + 1;
    const values: CellValue[][] = new Array(block.lastRow - block.firstRow + 1);
    for (let r = block.firstRow; r <= block.lastRow; r++) {
      const line = new Array<CellValue>(width);
      const cellsRead = read[r - 1];
      for (let c = 0; c < width; c++) line[c] = cellsRead?.[block.firstCol + c] ?? null;
      values[r - block.firstRow] = line;
    }
    for (const { col, changes } of block.columns) for (const change of changes) values[change.row - block.firstRow]![col - block.firstCol] = change.value;
    await port.writeValues(sheet, block.firstRow - 1, block.firstCol, values);
  }
}

interface Block {
  firstCol: number;
  lastCol: number;
  firstRow: number;
  lastRow: number;
  /** Cells the columns' own spans hold. */
  ownCells: number;
  columns: Array<{ col: number; changes: ColumnChanges }>;
}

function blocksOf(cells: ReadonlyMap<number, ColumnChanges>): Block[] {
  const columns = [...cells].filter(([, changes]) => changes.length > 0).sort(([a], [b]) => a - b);
  const blocks: Block[] = [];
  for (const [col, changes] of columns) {
    // A loop, not Math.min(...rows): spreading 100k arguments overflows the stack.
    let first = Infinity;
    let last = -Infinity;
    for (const c of changes) {
      first = Math.min(first, c.row);
      last = Math.max(last, c.row);
    }
    const own = last - first + 1;
    const open = blocks[blocks.length - 1];
    if (open !== undefined && open.lastCol === col - 1) {
      const firstRow = Math.min(open.firstRow, first);
      const lastRow = Math.max(open.lastRow, last);
      if ((lastRow - firstRow + 1) * (col - open.firstCol + 1) <= MAX_WIDENING * (open.ownCells + own)) {
        open.lastCol = col;
        open.firstRow = firstRow;
        open.lastRow = lastRow;
        open.ownCells += own;
        open.columns.push({ col, changes });
        continue;
      }
    }
    blocks.push({ firstCol: col, lastCol: col, firstRow: first, lastRow: last, ownCells: own, columns: [{ col, changes }] });
  }
  return blocks;
}
