import type { Template } from '../template/templateSchema';

/**
 * The columns a totals row may hold sums in, as number-like text: those
 * of integer and number fields, and columns the template does not know.
 * Columns of other fields (phones, ids, dates) are left out.
 */
export function sumColumns(template: Template, columns: Readonly<Record<string, number>>, width: number): Set<number> {
  const sums = new Set<number>();
  for (let c = 0; c < width; c++) sums.add(c);
  for (const field of template.fields) {
    const col = columns[field.key];
    if (col !== undefined && field.type !== 'integer' && field.type !== 'number') sums.delete(col);
  }
  return sums;
}
