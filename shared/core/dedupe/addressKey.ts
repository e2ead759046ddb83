import { simplified } from './chineseText';

/** An address compared without case, spacing, punctuation, width or traditional characters. */
export function addressKey(raw: string): string {
  return simplified(raw.normalize('NFKC')).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
