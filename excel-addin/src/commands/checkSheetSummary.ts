import type { Lang } from '../../../shared/core/i18n/lang';

/** What "Check sheet" says when it is done, in the user's language. */
export function checkSheetSummary(result: { sheet: string; rows: number; errors: number; warnings: number }, lang: Lang): string {
  const { sheet, rows, errors, warnings } = result;
  if (lang === 'zh') {
    if (errors + warnings === 0) return `已检查“${sheet}”的 ${rows} 行：未发现问题。`;
    return `已检查“${sheet}”的 ${rows} 行：${errors} 个错误，${warnings} 个警告，已在表中标出（红色为错误，黄色为可自动修正的警告）。打开客户档案窗格可查看和修正。`;
  }
  if (errors + warnings === 0) return `Checked ${rows} rows of "${sheet}": no problems found.`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Checked ${rows} rows of "${sheet}": ${plural(errors, 'error')} and ${plural(warnings, 'warning')}, marked in the sheet (red: errors, yellow: warnings Fix can correct). Open Dossier to review and fix them.`;
}
