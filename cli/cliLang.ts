import { langFromLocale, type Lang } from '../shared/core/i18n/lang';

/** The language of messages: `--lang` when given, else the terminal's locale (LC_ALL, LC_MESSAGES, LANG). */
export function cliLang(flag?: string): Lang {
  if (flag === 'en' || flag === 'zh') return flag;
  return langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
}
