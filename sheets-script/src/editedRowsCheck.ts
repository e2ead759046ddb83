import type { CellValue } from '../../shared/core/cell';
import type { Lang } from '../../shared/core/i18n/lang';
import { normalizeContextFor } from '../../shared/core/operations/check';
import type { CellMark } from '../../shared/core/port/workbookPort';
import { isDossierSheet } from '../../shared/core/table/findCustomerSheet';
import { HEADER_SEARCH_ROWS, locateHeader } from '../../shared/core/table/locateHeader';
import { readCustomerTable } from '../../shared/core/table/readCustomerTable';
import { checkTable } from '../../shared/core/validate/checkTable';
import type { EditEvent } from './automationServices';
import type { SheetsWorkbook } from './sheetsWorkbook';
import type { Template } from '../../shared/core/template/templateSchema';

export interface EditedRowsResult {
  readonly sheet: string;
  /** 1-based sheet rows checked. */
  readonly rows: { readonly first: number; readonly last: number };
  readonly marked: number;
}

/**
 * The edit trigger: the edited rows (only those are read, with the header
 * row) are standardized and checked by the core and their cells marked as
 * `check` marks them (fill and note; Dossier's earlier marks on those rows
 * are replaced, the rest of the sheet is not touched). The user's typing is
 * never rewritten: suggestions go in the notes, Fix applies them.
 * Rows outside the edit are not read, so checks that compare rows (a
 * repeated customer id) see only the edited rows; the full Check sees all.
 * Ignored: header-row edits, Dossier's own sheets, sheets whose header is
 * not a customer-file header.
 */
export async function checkEditedRows(
  port: SheetsWorkbook,
  event: EditEvent,
  options: { today: string; /** Read only once the edit is known to matter. */ preferences: () => Promise<{ template: Template; lang: Lang }> },
): Promise<EditedRowsResult | null> {
  const sheet = event.range.getSheet().getName();
  if (isDossierSheet(sheet)) return null;
  if (event.range.getRow() + event.range.getNumRows() - 1 < 2) return null;
  const { template, lang } = await options.preferences();
  // The header may stand below a title, within the first ten rows.
  const top = await port.readRows(sheet, 0, HEADER_SEARCH_ROWS);
  const located = locateHeader(template, top);
  if (located === null) return null;
  const headerIndex = located.index;
  const header = top[headerIndex]!;
  const first = Math.max(headerIndex + 2, event.range.getRow());
  const last = event.range.getRow() + event.range.getNumRows() - 1;
  if (last < first) return null;
  const rows = await port.readRows(sheet, first - 1, last - first + 1);
  // Blank stand-ins above the edit keep the core's row numbers (and the rows its messages name) those of the sheet.
  const above: CellValue[][] = new Array<CellValue[]>(first - 2 - headerIndex).fill([]);
  const blankTop: CellValue[][] = new Array<CellValue[]>(headerIndex).fill([]);
  const table = readCustomerTable(template, { name: sheet, values: [...blankTop, header, ...above, ...rows] }, normalizeContextFor({ template, today: options.today, lang }));
  const marks: CellMark[] = checkTable(table, { lang }).map((finding) => ({
    row: finding.row - 1,
    col: table.mapping.columns[finding.field] ?? 0,
    severity: finding.severity,
    note: finding.message,
  }));
  await port.markRows(sheet, first - 1, last - first + 1, marks);
  return { sheet, rows: { first, last }, marked: marks.length };
}
