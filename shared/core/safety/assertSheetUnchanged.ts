import { sameCellValue, type CellValue } from '../cell';
import { DossierError } from '../errors';
import type { WorkbookPort } from '../port/workbookPort';

/**
 * Refuses to write over a sheet that changed since the operation read it
 * (a co-author in Excel, a teammate in Sheets): one read, compared in memory.
 */
export async function assertSheetUnchanged(port: WorkbookPort, sheet: string, values: readonly (readonly CellValue[])[]): Promise<void> {
  assertSameValues(sheet, (await port.readSheet(sheet)).values, values);
}

/** The comparison itself, for a caller that has read the sheet already. */
export function assertSameValues(sheet: string, now: readonly (readonly CellValue[])[], values: readonly (readonly CellValue[])[]): void {
  const rows = Math.max(now.length, values.length);
  for (let r = 0; r < rows; r++) {
    const a = now[r] ?? [];
    const b = values[r] ?? [];
    // The memory port hands out its frozen rows themselves: the same row holds the same values.
    if (a === b) continue;
    const cols = Math.max(a.length, b.length);
    for (let c = 0; c < cols; c++) {
      if (!sameCell(a[c] ?? null, b[c] ?? null)) {
        throw new DossierError('sheet.changedMeanwhile', {
          en: `Sheet "${sheet}" changed while Dossier was working (row ${r + 1} is different now). Nothing was written; run the action again.`,
          zh: `Dossier 处理期间工作表"${sheet}"被修改（第 ${r + 1} 行已变化）。未写入任何内容，请重新执行。`,
        });
      }
    }
  }
}

/** Hosts hand an emptied cell back as '' or as nothing: both are blank here. */
function sameCell(a: CellValue, b: CellValue): boolean {
  return sameCellValue(a, b) || ((a === null || a === '') && (b === null || b === ''));
}
