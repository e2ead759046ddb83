import type { CellValue } from '../cell';
import type { Normalized } from '../normalize/normalized';
import type { Template } from '../template/templateSchema';

/** How a sheet's header row maps onto the template. */
export interface HeaderMapping {
  /** Template key → 0-based column index. */
  readonly columns: Readonly<Record<string, number>>;
  /** Headers that match no field (kept, never dropped). */
  readonly unknown: ReadonlyArray<{ col: number; header: string }>;
  /** Template keys with no column. */
  readonly missing: readonly string[];
  /** Headers that map to a field already taken by an earlier column. */
  readonly duplicates: ReadonlyArray<{ col: number; header: string; key: string }>;
}

export interface CustomerRow {
  /** The sheet's own row number (1-based, as the host shows it). */
  readonly rowNumber: number;
  /** The raw row as read, all columns. */
  readonly cells: readonly CellValue[];
  /** Standardized value of every mapped field, by template key. */
  readonly values: Readonly<Record<string, Normalized>>;
}

/** A customer sheet read through a template: the input of every core computation. */
export interface CustomerTable {
  readonly template: Template;
  readonly sheet: string;
  readonly header: readonly CellValue[];
  readonly mapping: HeaderMapping;
  readonly rows: readonly CustomerRow[];
  /** The header's own row number (1 unless title rows stand above it); absent means 1. */
  readonly headerRow?: number;
  /** Totals rows (`合计`, `Total` with sums) among or below the customers, by row number: left alone by every command. */
  readonly totalsRows?: readonly number[];
}
