import type { CellValue } from '../cell';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';
import type { HeaderMapping } from './customerTable';

/** The header is looked for in this many rows from the top: a title, a date and a blank row fit above it. */
export const HEADER_SEARCH_ROWS = 10;
/** A row that maps this many template fields is taken for the header. */
export const ENOUGH_FIELDS = 2;

/**
 * Where a sheet's header row is (0-based) and how it maps: the first row
 * within the first ten whose cells map at least two template fields. Rows
 * above it (a title such as `XX公司客户档案（2026年11月）`, a date, blank
 * rows) belong to the sheet, not to the customers. Null when no row maps.
 */
export function locateHeader(template: Template, values: readonly (readonly CellValue[])[]): { index: number; mapping: HeaderMapping } | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < rows; r++) {
    const row = values[r]!;
    if (row.length < ENOUGH_FIELDS) continue;
    const mapping = matchHeaders(template, row);
    if (Object.keys(mapping.columns).length >= ENOUGH_FIELDS) return { index: r, mapping };
  }
  return null;
}
