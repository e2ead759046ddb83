import type { CellValue } from '../../../shared/core/cell';
import type { Finding } from '../../../shared/core/findings/finding';
import { normalizeContextFor, type CheckOptions } from '../../../shared/core/operations/check';
import type { CellMark } from '../../../shared/core/port/workbookPort';
import { HEADER_SEARCH_ROWS, locateHeader } from '../../../shared/core/table/locateHeader';
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
  // The header may stand below a title: the rows it can be in are read along with the edited ones (one read still).
  const top = Array.from({ length: HEADER_SEARCH_ROWS }, (_, r) => r);
  const read = await port.readRows(options.sheet, [...new Set([...top, ...edited])]);
  const headerIndex = locateHeader(options.template, top.map((r) => read.get(r) ?? []))?.index ?? 0;
  let last = headerIndex;
  for (const r of edited) last = Math.max(last, r);
  // Unedited rows stay empty, so the table holds only the edited customers, at their own row numbers.
  const values: CellValue[][] = Array.from({ length: last + 1 }, () => []);
  values[headerIndex] = read.get(headerIndex) ?? [];
  for (const r of edited) if (r > headerIndex) values[r] = read.get(r) ?? [];
  const table = readCustomerTable(options.template, { name: options.sheet, values }, normalizeContextFor(options));
  const findings = checkTable(table, { lang: options.lang });
  const marks: CellMark[] = findings.map((f) => ({ row: f.row - 1, col: table.mapping.columns[f.field] ?? 0, severity: f.severity, note: f.message }));
  await port.remarkRows(options.sheet, edited, marks);
  return findings;
}
