export type Lang = 'en' | 'zh';

/** Picks the language from a locale tag such as `zh-CN`, `zh_TW.UTF-8`, `en-US`. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh' : 'en';
}
