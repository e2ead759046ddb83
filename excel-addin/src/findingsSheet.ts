import type { CellValue } from '../../shared/core/cell';
import type { Finding } from '../../shared/core/findings/finding';
import type { Lang } from '../../shared/core/i18n/lang';
import { a1Address, qualifiedAddress } from './port/a1Address';
import type { OfficeWorkbook } from './officeWorkbook';

export const FINDINGS_SHEET = 'Findings';

const HEADER: Record<Lang, string[]> = {
  en: ['Go to', 'Row', 'Field', 'Severity', 'Problem', 'Value', 'Suggestion'],
  zh: ['转到', '行', '字段', '级别', '问题', '原值', '建议'],
};
const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  en: { error: 'Error', warning: 'Warning' },
  zh: { error: '错误', warning: '警告' },
};

/**
 * The `Findings` sheet: one row per finding with a link that jumps to the
 * cell (Excel hyperlink, ExcelApi 1.7), rewritten on every check. It is a
 * view of the check, not customer data, so it is replaced, not snapshotted.
 */
export async function writeFindingsSheet(
  port: OfficeWorkbook,
  /** `columns`: template key → 0-based column of the customer sheet. */
  check: { sheet: string; findings: readonly Finding[]; columns: Readonly<Record<string, number>>; labels?: Readonly<Record<string, string>> },
  lang: Lang,
): Promise<void> {
  // A fresh sheet each time, so no link of an earlier check survives beside the new rows.
  if ((await port.listSheets()).some((s) => s.name === FINDINGS_SHEET)) await port.deleteSheet(FINDINGS_SHEET);
  await port.addSheet(FINDINGS_SHEET);
  const cellOf = (f: Finding) => ({ row: f.row - 1, col: check.columns[f.field] ?? 0 });
  const rows: CellValue[][] = check.findings.map((f) => {
    const { row, col } = cellOf(f);
    return [a1Address(row, col), f.row, check.labels?.[f.field] ?? f.field, SEVERITY[lang][f.severity], f.message, f.value, f.suggestion ?? ''];
  });
  await port.writeValues(FINDINGS_SHEET, 0, 0, [HEADER[lang], ...rows]);
  await port.linkCells(
    FINDINGS_SHEET,
    check.findings.map((f, k) => {
      const { row, col } = cellOf(f);
      return { row: k + 1, col: 0, target: qualifiedAddress(check.sheet, row, col), text: a1Address(row, col) };
    }),
  );
  await port.freezeRows(FINDINGS_SHEET, 1);
}
