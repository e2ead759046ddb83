import type { Lang } from '../../core/i18n/lang';
import { STRINGS, type StringKey } from './strings';

/** An operation's name as the user knows it (a snapshot's `fix` is "Fix" / "修正"); an unknown one as it is. */
export function operationLabel(operation: string, lang: Lang): string {
  const key = `op_${operation}` as StringKey;
  return STRINGS[lang][key] ?? operation;
}
