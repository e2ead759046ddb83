/**
 * A cell as every port hands it to the core. Dates arrive as `Date` at UTC
 * midnight (the ports convert host date cells and date-formatted serials);
 * error cells (`#N/A`, `#REF!`) arrive as `CellError` so the core can report
 * them as findings instead of crashing on them.
 */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Whether two cells hold the same value: dates by their time, error cells by their error, anything else as is. */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a !== null && b !== null && isCellError(a) && isCellError(b) && a.error === b.error;
}
