import { columnLetters } from '../../../shared/core/output/columnLetters';
import type { ExcelContext } from '../excelSubset';
import { syncFindsItems } from '../port/syncFindsItems';

export const LISTS_SHEET = 'DossierLists';
const EXCEL_ROWS = 1_048_576;

/**
 * Writes a dropdown's items to a column of its own on DossierLists (very
 * hidden and protected, so nobody edits them by hand; Dossier lifts the
 * protection for its own write) and returns the absolute reference a list
 * validation takes as its source (`='DossierLists'!$C$2:$C$40`). Row 1 of
 * each column names what it is for (`Customers!4`), so applying a template
 * again rewrites the same column.
 */
export async function listRangeSource(ctx: ExcelContext, key: string, items: readonly string[]): Promise<string> {
  const sheets = ctx.workbook.worksheets;
  let ws = sheets.getItem(LISTS_SHEET);
  const header = ws.getUsedRangeOrNullObject(true);
  header.load('columnIndex,columnCount,rowIndex,values');
  ws.protection.load('protected');
  const exists = await syncFindsItems(ctx);
  let col = 0;
  if (!exists) {
    ws = sheets.add(LISTS_SHEET);
    ws.visibility = 'VeryHidden';
  } else {
    if (ws.protection.protected) ws.protection.unprotect();
    if (!header.isNullObject && header.rowIndex === 0) {
      const names = header.values[0] ?? [];
      const found = names.findIndex((name) => name === key);
      col = found >= 0 ? header.columnIndex + found : header.columnIndex + header.columnCount;
    }
  }
  ws.getRangeByIndexes(0, col, EXCEL_ROWS, 1).clear('Contents');
  const block = ws.getRangeByIndexes(0, col, items.length + 1, 1);
  // Text, so an item like 2024 or 1-2 stays what it is.
  block.numberFormat = [['@']];
  block.values = [[key], ...items.map((item) => [item])];
  ws.protection.protect();
  await ctx.sync();
  const letters = columnLetters(col);
  return `='${LISTS_SHEET}'!$${letters}$2:$${letters}$${items.length + 1}`;
}
