import type { Lang } from '../i18n/lang';

/** A currency's narrow symbol (¥, $, €) from the platform's own locale data: the workbook's region says which currency, so no "CN¥". */
export function currencySymbol(currency: string | null, lang: Lang): string | null {
  if (!currency) return null;
  try {
    const parts = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? null;
  } catch {
    return null;
  }
}
