import type { Normalized } from '../normalize/normalized';
import type { CustomerTable } from './customerTable';

type Columns = ReadonlyMap<string, readonly Normalized[]>;

/** Columns kept by the reader for the table it built; a table made by spreading another one (new rows) is not here. */
const columnsOfTable = new WeakMap<CustomerTable, Columns>();

export function rememberColumns(table: CustomerTable, columns: Columns): void {
  columnsOfTable.set(table, columns);
}

/**
 * One field's standardized values, parallel to `table.rows`. Loops over
 * every row read these arrays instead of each row's values object: on
 * 100,000 rows that is several times faster, the values being contiguous.
 * Tables not made by the reader get the column gathered from their rows.
 */
export function tableColumn(table: CustomerTable, key: string): readonly Normalized[] {
  const column = columnsOfTable.get(table)?.get(key);
  if (column !== undefined) return column;
  return table.rows.map((row) => row.values[key] ?? EMPTY);
}

const EMPTY: Normalized = { status: 'empty' };

/** The table cut to some of its rows (indices, in order), its columns cut alike so loops over it still read columns. */
export function tableSubset(table: CustomerTable, indices: readonly number[]): CustomerTable {
  const subset: CustomerTable = { ...table, rows: indices.map((i) => table.rows[i]!) };
  const columns = columnsOfTable.get(table);
  if (columns !== undefined) rememberColumns(subset, new Map([...columns].map(([key, column]) => [key, indices.map((i) => column[i]!)])));
  return subset;
}
