import type { Lang } from '../core/i18n/lang';
import type { ReportFormat } from '../core/insights/reportFormat';

/** A report value as the reader's locale writes it: 1,234 / ¥1,234.50 / 41.5% / 4.2; '–' for none. */
export function formatReportValue(value: string | number | null, format: ReportFormat, lang: Lang, currency: string | null): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  switch (format) {
    case 'money':
      return currency
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
        : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case 'score':
      return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** A relative change as ▲ 6.6% / ▼ 8.7% / = 0.0% (the arrow, not a colour, carries the direction). */
export function formatChange(change: number | null, lang: Lang): string {
  if (change === null) return '';
  const text = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change));
  return `${change > 0 ? '▲' : change < 0 ? '▼' : '='} ${text}`;
}
