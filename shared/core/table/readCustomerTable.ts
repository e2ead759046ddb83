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
  const mapped = template.fields
    .filter((field) => field.key in mapping.columns)
    .map((field) => ({ field, col: mapping.columns[field.key]!, normalize: memoizedNormalizer(field, context) }));
  if (mapped.length === 0) {
    throw new DossierError('header.notRecognized', {
      en: `Row 1 of sheet "${sheet.name}" has no recognizable customer-file header (for example Name, Phone, Email).`,
      zh: `工作表"${sheet.name}"的第 1 行没有可识别的客户档案表头（例如 姓名、电话、邮箱）。`,
    });
  }
  const rows: CustomerRow[] = [];
  for (let r = 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r]!;
    if (cells.every(isBlankCell)) continue;
    const values: Record<string, Normalized> = {};
    for (const { field, col, normalize } of mapped) values[field.key] = normalize(cellAt(cells, col));
    rows.push({ rowNumber: r + 1, cells, values });
  }
  return { template, sheet: sheet.name, header, mapping, rows };
}

function cellAt(cells: readonly CellValue[], col: number): CellValue {
  return cells[col] ?? null;
}
