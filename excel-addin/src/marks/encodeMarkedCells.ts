/** Characters per memory cell: under Excel's 32,767 characters a cell holds, with room to spare. */
export const MARK_TEXT_PER_CELL = 30_000;

/**
 * Dossier's marked cells as cell texts (`row:col;row:col;…`, 0-based),
 * cut between entries so each text fits a cell. Stored under the text
 * format, so Excel never reads `5:3` as a time.
 */
export function encodeMarkedCells(cells: ReadonlyArray<readonly [number, number]>, perCell = MARK_TEXT_PER_CELL): string[] {
  const texts: string[] = [];
  let current = '';
  for (const [row, col] of cells) {
    const entry = `${row}:${col}`;
    if (current !== '' && current.length + 1 + entry.length > perCell) {
      texts.push(current);
      current = '';
    }
    current = current === '' ? entry : `${current};${entry}`;
  }
  if (current !== '') texts.push(current);
  return texts;
}
