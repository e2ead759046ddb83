import { isBlankCell, type CellValue } from '../cell';
import type { Template } from '../template/templateSchema';
import { isTotalsRow } from './isTotalsRow';
import { locateHeader } from './locateHeader';
import { sumColumns } from './sumColumns';

/**
 * The rows a sheet's customers span (0-based, `last` included): from under
 * the header to the last row that is neither blank nor a totals row. A
 * totals row's SUM usually spans exactly these rows. Null when no header maps.
 */
export function customerBlock(template: Template, values: readonly (readonly CellValue[])[]): { first: number; last: number } | null {
  const located = locateHeader(template, values);
  if (located === null) return null;
  const first = located.index + 1;
  const sums = sumColumns(template, located.mapping.columns, values[located.index]!.length);
  let last = values.length - 1;
  while (last >= first && (values[last]!.every(isBlankCell) || isTotalsRow(values[last]!, sums))) last--;
  return last < first ? null : { first, last };
}
