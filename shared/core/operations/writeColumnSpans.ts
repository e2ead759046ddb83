import type { CellValue } from '../cell';
import type { WorkbookPort } from '../port/workbookPort';

/**
 * Writes changed cells one column at a time, each as one block spanning
 * only the rows that change; the cells in between are written back as they
 * were read. Round trips grow with changed columns, never with rows.
 * `cells` are sheet row numbers (header = 1) → new value, per 0-based column.
 */
export async function writeColumnSpans(
  port: WorkbookPort,
  sheet: string,
  read: readonly (readonly CellValue[])[],
  cells: ReadonlyMap<number, ReadonlyArray<{ row: number; value: CellValue }>>,
): Promise<void> {
  for (const [col, changes] of cells) {
    if (changes.length === 0) continue;
    // A loop, not Math.min(...rows): spreading 100k arguments overflows the stack.
    let first = Infinity;
    let last = -Infinity;
    for (const c of changes) {
      first = Math.min(first, c.row);
      last = Math.max(last, c.row);
    }
    const block: CellValue[][] = [];
    for (let r = first; r <= last; r++) block.push([read[r - 1]?.[col] ?? null]);
    for (const c of changes) block[c.row - first] = [c.value];
    await port.writeValues(sheet, first - 1, col, block);
  }
}
