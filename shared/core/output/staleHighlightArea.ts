import type { CustomerTable } from '../table/customerTable';

/** Where a host's stale-rows conditional format goes, from the customer table as read. */
export interface StaleHighlightArea {
  /** 0-based columns of the fields that count as touching a customer (Updated, Last Contact). */
  readonly dateColumns: readonly number[];
  readonly columnCount: number;
  /** 0-based grid row of the first customer row: the row under the header, wherever the header stands. */
  readonly firstRow: number;
  /** 0-based grid row the format stops before: the totals row under the customers; null: to the end of the rows in use. */
  readonly endRow: number | null;
}

/**
 * The rows a stale-rows highlight covers: from under the header (so a title
 * row above it is never shaded) down to the last customer, stopping before
 * a totals row at the bottom (a totals row has no dates, so the rule would
 * take it for a customer nobody has touched).
 */
export function staleHighlightArea(table: CustomerTable): StaleHighlightArea {
  const headerRow = table.headerRow ?? 1;
  const lastCustomer = table.rows.reduce((last, row) => Math.max(last, row.rowNumber), headerRow);
  const totalsBelow = (table.totalsRows ?? []).filter((row) => row > lastCustomer);
  const dateColumns = table.template.settings.touchedFields.map((key) => table.mapping.columns[key]).filter((col): col is number => col !== undefined);
  return {
    dateColumns,
    columnCount: table.header.length,
    firstRow: headerRow,
    endRow: totalsBelow.length === 0 ? null : Math.min(...totalsBelow) - 1,
  };
}
