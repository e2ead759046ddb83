import { isBlankCell, type CellValue } from '../cell';
import { DossierError } from '../errors';
import { memoizedNormalizer } from '../normalize/memoizedNormalizer';
import type { Normalized, NormalizeContext } from '../normalize/normalized';
import type { SheetData } from '../port/workbookPort';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';
import type { CustomerRow, CustomerTable } from './customerTable';
import { isTotalsRow } from './isTotalsRow';
import { HEADER_SEARCH_ROWS, locateHeader } from './locateHeader';
import { sumColumns } from './sumColumns';
import { rememberColumns, type ColumnSource } from './tableColumn';

/**
 * Reads a sheet through the template: the header is the first row within
 * the first ten that maps to it (row 1 in a file Dossier made), every
 * non-blank row below is a customer except a totals row, and every mapped
 * cell is standardized once here so that validation, duplicates and
 * reports all see the same values. Rows keep the sheet's own numbers.
 */
export function readCustomerTable(template: Template, sheet: SheetData, context: NormalizeContext): CustomerTable {
  const located = locateHeader(template, sheet.values);
  // A sheet with no two-field header still reads its first row, as one-column sources do.
  const headerIndex = located?.index ?? 0;
  const header = sheet.values[headerIndex] ?? [];
  const mapping = located?.mapping ?? matchHeaders(template, header);
  const mapped = template.fields.filter((field) => field.key in mapping.columns);
  if (mapped.length === 0) {
    throw new DossierError('header.notRecognized', {
      en: `No row among the first ${HEADER_SEARCH_ROWS} of sheet "${sheet.name}" is a customer-file header (for example Name, Phone, Email).`,
      zh: `工作表"${sheet.name}"的前 ${HEADER_SEARCH_ROWS} 行中没有可识别的客户档案表头（例如 姓名、电话、邮箱）。`,
    });
  }
  const customerRows: number[] = [];
  const totalsRows: number[] = [];
  let sums: Set<number> | undefined;
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r]!;
    if (cells.every(isBlankCell)) continue;
    if (isTotalsRow(cells, (sums ??= sumColumns(template, mapping.columns, header.length)))) totalsRows.push(r + 1);
    else customerRows.push(r);
  }

  const columns = new LazyColumns(
    mapped.map((field) => ({ key: field.key, col: mapping.columns[field.key]!, normalize: memoizedNormalizer(field, context) })),
    sheet.values,
    customerRows,
  );
  const rows: CustomerRow[] = new Array(customerRows.length);
  for (let i = 0; i < customerRows.length; i++) {
    const r = customerRows[i]!;
    rows[i] = new ColumnBackedRow(r + 1, sheet.values[r]!, columns, i);
  }
  const table: CustomerTable = { template, sheet: sheet.name, header, mapping, rows, headerRow: headerIndex + 1, totalsRows };
  rememberColumns(table, columns);
  return table;
}

interface LazyColumn {
  readonly key: string;
  readonly col: number;
  readonly normalize: (value: CellValue) => Normalized;
  /** Filled cell by cell as rows are read, and whole when the column is. */
  readonly cells: Normalized[];
  complete: boolean;
}

/**
 * The table's standardized columns, each worked out the first time it is
 * read, whole (a loop over the column) or one row's cell at a time (a row's
 * values). A check reads every column; an import reads a third of the
 * file's (the fields matching compares, ids, and the rows it updates), and
 * standardizing the rest took 0.7 s of importing into a 100,000-row file.
 * A cell is worked out once either way, so a row and its column hold the
 * same value. The grid is read when a column is, so it must not change
 * after the table is made: every port's read hands out rows nobody
 * writes to (the memory port's are frozen; Office.js, Apps Script and the
 * file readers give fresh arrays), and writers build blocks of their own.
 */
class LazyColumns implements ColumnSource {
  private readonly byKey = new Map<string, LazyColumn>();
  private readonly fields: readonly LazyColumn[];
  /** A values object with every key in place: cloning it keeps V8's fast layout (keyed inserts past a dozen keys fall into dictionary mode). */
  private readonly empty: Record<string, Normalized | undefined>;

  constructor(
    fields: ReadonlyArray<{ key: string; col: number; normalize: (value: CellValue) => Normalized }>,
    private readonly grid: readonly (readonly CellValue[])[],
    private readonly rowsRead: readonly number[],
  ) {
    // Field by field, not `{ ...f, more }`: V8 gives no shared shape to a spread followed by properties, and valuesAt reads these per row.
    this.fields = fields.map((f) => ({ key: f.key, col: f.col, normalize: f.normalize, cells: new Array<Normalized>(rowsRead.length), complete: false }));
    for (const field of this.fields) this.byKey.set(field.key, field);
    this.empty = Object.fromEntries(fields.map((f) => [f.key, undefined]));
  }

  column(key: string): readonly Normalized[] | undefined {
    const field = this.byKey.get(key);
    if (field === undefined) return undefined;
    if (!field.complete) {
      // Column by column: one normalizer stays hot on one kind of value, which
      // on 100,000 rows is a third faster than walking row by row.
      const { cells, normalize, col } = field;
      const { grid, rowsRead } = this;
      // cellOf's steps inlined, with the column's facts in locals: this loop runs once per cell of the sheet.
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = normalize(cellAt(grid[rowsRead[i]!]!, col));
      field.complete = true;
    }
    return field.cells;
  }

  valuesAt(index: number): Record<string, Normalized> {
    const values = { ...this.empty };
    for (const field of this.fields) values[field.key] = this.cellOf(field, index);
    return values as Record<string, Normalized>;
  }

  /** A field's value in one row, standardized the first time it is asked for. */
  private cellOf(field: LazyColumn, index: number): Normalized {
    let cell = field.cells[index];
    if (cell === undefined) field.cells[index] = cell = field.normalize(cellAt(this.grid[this.rowsRead[index]!]!, field.col));
    return cell;
  }
}

/**
 * A row whose values object is made the first time it is asked for: a check
 * reads the columns and never needs one, which on 100,000 rows saves
 * building (and collecting) 100,000 objects.
 */
class ColumnBackedRow implements CustomerRow {
  private made: Record<string, Normalized> | undefined;

  constructor(
    readonly rowNumber: number,
    readonly cells: readonly CellValue[],
    private readonly columns: LazyColumns,
    private readonly index: number,
  ) {}

  get values(): Readonly<Record<string, Normalized>> {
    return (this.made ??= this.columns.valuesAt(this.index));
  }
}

function cellAt(cells: readonly CellValue[], col: number): CellValue {
  return cells[col] ?? null;
}
