import { createContext, useContext } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { format, STRINGS, type StringKey } from './strings';

export const LangContext = createContext<Lang>('en');

/** The pane's locale for numbers and dates (ISO stays in cells). */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** `t('rowN', { row: 5 })` in the pane's language; `number` and `date` in its locale. */
export function useStrings(): { t: (key: StringKey, params?: Record<string, string | number>) => string; lang: Lang; number: (n: number) => string; date: (iso: string) => string } {
  const lang = useContext(LangContext);
  const locale = localeOf(lang);
  return {
    lang,
    // Counts in the user's locale (168,674); row numbers and ids stay as the sheet shows them.
    t: (key, params) => format(STRINGS[lang][key], params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && k !== 'row' && k !== 'id' ? v.toLocaleString(locale) : v]))),
    number: (n) => n.toLocaleString(locale),
    // A YYYY-MM-DD date as the user reads dates (2026年11月8日, Nov 8, 2026); anything else as it is.
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) return iso;
      return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    },
  };
}
