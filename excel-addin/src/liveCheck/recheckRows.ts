import type { CellValue } from '../../../shared/core/cell';
import type { Finding } from '../../../shared/core/findings/finding';
import { normalizeContextFor, type CheckOptions } from '../../../shared/core/operations/check';
import type { CellMark } from '../../../shared/core/port/workbookPort';
import { readCustomerTable } from '../../../shared/core/table/readCustomerTable';
import { checkTable } from '../../../shared/core/validate/checkTable';
import type { OfficeWorkbook } from '../officeWorkbook';

/**
 * Re-checks only the rows a user edited: reads the header and those rows,
 * validates them against the template, and replaces Dossier's marks on
 * exactly those rows. Checks that compare rows with each other (a unique
 * customer id) see only the edited rows here; the next full check sees all.
 */
export async function recheckRows(port: OfficeWorkbook, options: CheckOptions & { sheet: string }, rows: readonly number[]): Promise<Finding[]> {
  const edited = rows.filter((r) => r > 0);
  if (edited.length === 0) return [];
  const read = await port.readRows(options.sheet, [0, ...edited]);
  let last = 0;
  for (const r of edited) last = Math.max(last, r);
  // Unedited rows stay empty, so the table holds only the edited customers, at their own row numbers.
  const values: CellValue[][] = Array.from({ length: last + 1 }, () => []);
  values[0] = read.get(0) ?? [];
  for (const r of edited) values[r] = read.get(r) ?? [];
  const table = readCustomerTable(options.template, { name: options.sheet, values }, normalizeContextFor(options));
  const findings = checkTable(table, { lang: options.lang });
  const marks: CellMark[] = findings.map((f) => ({ row: f.row - 1, col: table.mapping.columns[f.field] ?? 0, severity: f.severity, note: f.message }));
  await port.remarkRows(options.sheet, edited, marks);
  return findings;
}
