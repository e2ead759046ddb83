import { DossierError } from '../../core/errors';

/** Excel's limit on sheet names; a longer one is not a workbook Excel wrote. */
const MAX_SHEET_NAME = 31;

/** Refuses sheet names Excel could not have written (counted in characters, as Excel counts). */
export function assertSheetNames(names: readonly string[], fileName: string): void {
  if (names.every((name) => [...name].length <= MAX_SHEET_NAME)) return;
  throw new DossierError('file.longSheetName', {
    en: `"${fileName}" has a sheet name longer than ${MAX_SHEET_NAME} characters, which Excel does not allow; rename the sheet and try again.`,
    zh: `"${fileName}"中有超过 ${MAX_SHEET_NAME} 个字符的工作表名，Excel 不允许这样的名称；请重命名工作表后再试。`,
  });
}
