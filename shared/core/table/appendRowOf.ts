import type { CustomerTable } from './customerTable';

/**
 * The sheet row number a row Dossier appends (an imported customer) takes:
 * right after the last customer, so it lands above a totals row and within
 * the ranges its sums cover, not below them. In a sheet with no customers
 * yet, right after the header.
 */
export function appendRowOf(table: CustomerTable): number {
  const last = table.rows[table.rows.length - 1];
  return (last?.rowNumber ?? table.headerRow ?? 1) + 1;
}
