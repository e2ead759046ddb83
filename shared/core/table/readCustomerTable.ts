import { isBlankCell, type CellValue } from '../cell';
import { DossierError } from '../errors';
import { memoizedNormalizer } from '../normalize/memoizedNormalizer';
import type { Normalized, NormalizeContext } from '../normalize/normalized';
import type { SheetData } from '../port/workbookPort';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';
import type { CustomerRow, CustomerTable } from './customerTable';
import { rememberColumns } from './tableColumn';

/**
 * Reads a sheet through the template: row 1 is the header, every non-blank
 * row below is a customer, and every mapped cell is standardized once here
 * so that validation, duplicates and reports all see the same values.
 */
export function readCustomerTable(template: Template, sheet: SheetData, context: NormalizeContext): CustomerTable {
  const header = sheet.values[0] ?? [];
  const mapping = matchHeaders(template, header);
  const mapped = template.fields.filter((field) => field.key in mapping.columns);
  if (mapped.length === 0) {
    throw new DossierError('header.notRecognized', {
      en: `Row 1 of sheet "${sheet.name}" has no recognizable customer-file header (for example Name, Phone, Email).`,
      zh: `工作表"${sheet.name}"的第 1 行没有可识别的客户档案表头（例如 姓名、电话、邮箱）。`,
    });
  }
  const customerRows: number[] = [];
  for (let r = 1; r < sheet.values.length; r++) if (!sheet.values[r]!.every(isBlankCell)) customerRows.push(r);

  // Column by column: one normalizer stays hot on one kind of value, which
  // on 100,000 rows is a third faster than walking row by row.
  const columns = new Map<string, Normalized[]>();
  for (const field of mapped) {
    const col = mapping.columns[field.key]!;
    const normalize = memoizedNormalizer(field, context);
    const column = new Array<Normalized>(customerRows.length);
    for (let i = 0; i < customerRows.length; i++) column[i] = normalize(cellAt(sheet.values[customerRows[i]!]!, col));
    columns.set(field.key, column);
  }

  const shape = new ValuesShape(mapped.map((field) => field.key), [...columns.values()]);
  const rows: CustomerRow[] = new Array(customerRows.length);
  for (let i = 0; i < customerRows.length; i++) {
    const r = customerRows[i]!;
    rows[i] = new ColumnBackedRow(r + 1, sheet.values[r]!, shape, i);
  }
  const table: CustomerTable = { template, sheet: sheet.name, header, mapping, rows };
  rememberColumns(table, columns);
  return table;
}

/** The keys and columns every row of one table shares. */
class ValuesShape {
  /** A values object with every key in place: cloning it keeps V8's fast layout (keyed inserts past a dozen keys fall into dictionary mode). */
  private readonly empty: Record<string, Normalized | undefined>;

  constructor(
    private readonly keys: readonly string[],
    private readonly columns: readonly (readonly Normalized[])[],
  ) {
    this.empty = Object.fromEntries(keys.map((key) => [key, undefined]));
  }

  valuesAt(index: number): Record<string, Normalized> {
    const values = { ...this.empty };
    for (let f = 0; f < this.keys.length; f++) values[this.keys[f]!] = this.columns[f]![index];
    return values as Record<string, Normalized>;
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
    private readonly shape: ValuesShape,
    private readonly index: number,
  ) {}

  get values(): Readonly<Record<string, Normalized>> {
    return (this.made ??= this.shape.valuesAt(this.index));
  }
}

function cellAt(cells: readonly CellValue[], col: number): CellValue {
  return cells[col] ?? null;
}
