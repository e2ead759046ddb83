import type { Finding } from '../findings/finding';
import type { Lang } from '../i18n/lang';
import type { CustomerTable } from '../table/customerTable';

/**
 * A sheet with two consent columns cannot say whether a customer agreed:
 * one column may say 否 where the other says Yes. That is an error on the
 * header row (export refuses until it is resolved), never "use the first".
 */
export function repeatedConsentColumns(table: CustomerTable, lang: Lang, consentKey = 'consent'): Finding[] {
  const repeats = table.mapping.duplicates.filter((d) => d.key === consentKey);
  const first = table.mapping.columns[consentKey];
  if (repeats.length === 0 || first === undefined) return [];
  const headerRow = (table.rows[0]?.rowNumber ?? 2) - 1;
  const names = [String(table.header[first] ?? ''), ...repeats.map((d) => d.header)].map((h) => `"${h}"`).join(', ');
  return [
    {
      row: headerRow,
      field: consentKey,
      severity: 'error',
      code: 'consent.repeatedColumn',
      message:
        lang === 'zh'
          ? `有多个营销许可列（${names}）；请合并为一列，否则无法确定客户是否同意，导出会被拒绝。`
          : `There are several consent columns (${names}); combine them into one, since otherwise whether a customer agreed is unknown and export is refused.`,
      value: names,
      suggestion: null,
    },
  ];
}
