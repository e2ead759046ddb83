import { isSupportedCountry } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import type { Settings } from './commandApi';

export type SettingsField = 'region' | 'staleDays' | 'followUpWindowDays' | 'keepSnapshots';
export interface SettingsProblem {
  readonly field: SettingsField;
  readonly message: { readonly en: string; readonly zh: string };
}

const wholeAtLeast = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * What is wrong with settings as a user typed them, field by field, in words
 * that say what to enter: an empty or zero "stale after", a region that is
 * not a country code the phone rules know (ZZ). Nothing is saved while any remains.
 */
export function settingsProblems(settings: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!/^[A-Z]{2}$/.test(settings.region) || !isSupportedCountry(settings.region as never, metadataJson)) {
    problems.push({ field: 'region', message: { en: `"${settings.region}" is not a country code Dossier knows. Enter two letters, such as CN, US or GB.`, zh: `"${settings.region}"不是可识别的国家/地区代码。请输入两个字母，例如 CN、US 或 GB。` } });
  }
  if (!wholeAtLeast(settings.staleDays, 1, 3650)) {
    problems.push({ field: 'staleDays', message: { en: 'Enter a whole number of days from 1 to 3650.', zh: '请输入 1 到 3650 之间的整数天数。' } });
  }
  if (!wholeAtLeast(settings.followUpWindowDays, 0, 365)) {
    problems.push({ field: 'followUpWindowDays', message: { en: 'Enter a whole number of days from 0 to 365.', zh: '请输入 0 到 365 之间的整数天数。' } });
  }
  if (!wholeAtLeast(settings.keepSnapshots, 1, 100)) {
    problems.push({ field: 'keepSnapshots', message: { en: 'Enter how many snapshots to keep, from 1 to 100.', zh: '请输入要保留的快照数量，1 到 100。' } });
  }
  return problems;
}
