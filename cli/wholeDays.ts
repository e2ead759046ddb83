import { DossierError } from '../shared/core/errors';

/** A `--days`-style option: undefined when not given, else a whole number above 0, or a one-line refusal. */
export function wholeDays(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const days = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(days) && days > 0)) {
    throw new DossierError('usage.days', { en: `${option} must be a whole number of days above 0, not "${text}".`, zh: `${option} 必须是大于 0 的整数天数，而不是"${text}"。` });
  }
  return days;
}
