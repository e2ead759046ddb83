import { langFromLocale, type Lang } from '../../shared/core/i18n/lang';

/** The user's language from Office's display language (`zh-CN` → zh, else en). */
export function officeLang(): Lang {
  return langFromLocale(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
}
