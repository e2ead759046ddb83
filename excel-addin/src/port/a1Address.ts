import { columnLetters } from '../../../shared/core/output/columnLetters';

/** A1 address of a block given as 0-based offsets (`A1`, `B2:D9`). */
export function a1Address(row: number, col: number, rowCount = 1, columnCount = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rowCount === 1 && columnCount === 1 ? start : `${start}:${columnLetters(col + columnCount - 1)}${row + rowCount}`;
}

/** A sheet-qualified address (`'Customers 2'!B7`), quoting the name as Excel does. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1Address(row, col)}`;
}
