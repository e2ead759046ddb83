import { isBlankCell, type CellValue } from '../cell';
import { DossierError } from '../errors';
import { memoizedNormalizer } from '../normalize/memoizedNormalizer';
import type { Normalized, NormalizeContext } from '../normalize/normalized';
import type { SheetData } from '../port/workbookPort';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';
import type { CustomerRow, CustomerTable } from './customerTable';

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
  const columns = mapped.map((field) => {
    const col = mapping.columns[field.key]!;
    const normalize = memoizedNormalizer(field, context);
    const column = new Array<Normalized>(customerRows.length);
    for (let i = 0; i < customerRows.length; i++) column[i] = normalize(cellAt(sheet.values[customerRows[i]!]!, col));
    return column;
  });

  // Every row's values object is cloned from one with all keys in place: an
  // object built key by key from computed names past a dozen keys falls into
  // V8's slow dictionary mode, several times larger and slower to read.
  const shape: Record<string, Normalized | undefined> = Object.fromEntries(mapped.map((field) => [field.key, undefined]));
  const rows: CustomerRow[] = new Array(customerRows.length);
  for (let i = 0; i < customerRows.length; i++) {
    const r = customerRows[i]!;
    const values = { ...shape };
    for (let f = 0; f < mapped.length; f++) values[mapped[f]!.key] = columns[f]![i];
    rows[i] = { rowNumber: r + 1, cells: sheet.values[r]!, values: values as Record<string, Normalized> };
  }
  return { template, sheet: sheet.name, header, mapping, rows };
}

function cellAt(cells: readonly CellValue[], col: number): CellValue {
  return cells[col] ?? null;
}
