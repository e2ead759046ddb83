import { createContext, useContext } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { format, STRINGS, type StringKey } from './strings';

export const LangContext = createContext<Lang>('en');

/** `t('rowN', { row: 5 })` in the pane's language. */
export function useStrings(): { t: (key: StringKey, params?: Record<string, string | number>) => string; lang: Lang } {
  const lang = useContext(LangContext);
  return { lang, t: (key, params) => format(STRINGS[lang][key], params) };
}
