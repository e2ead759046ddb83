import isEmail from 'validator/lib/isEmail';
import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { foldWidth } from './foldWidth';
import { settle } from './settle';
import { unwrapEmail } from './unwrapEmail';

export const EMAIL_OPTIONS = { allow_utf8_local_part: true, require_tld: true } as const;

/** The everyday address's shape; `isPlainEmail` adds its lengths. */
const PLAIN_EMAIL_SHAPE = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The everyday address (`wang.fang+crm@mail.example.cn`): dot-separated
 * atoms of letters, digits, `_ + -` before the `@` (64 at most), host labels
 * that neither start nor end with `-`, an alphabetic top-level domain, 254
 * characters in all. Every string it accepts is one validator.js accepts
 * (a property test holds it to that), so it only saves validator.js's far
 * slower general check; everything else still goes through validator.js.
 * The lengths are counted here, not by lookaheads: a pattern scanning the
 * address three times took twice as long.
 */
export function isPlainEmail(text: string): boolean {
  return text.length <= 254 && text.indexOf('@') <= 64 && PLAIN_EMAIL_SHAPE.test(text);
}

/** E-mail addresses: unwrapped (`mailto:`, `Name <addr>`), trimmed, width-folded and lower-cased; malformed ones rejected (validator.js). */
export const normalizeEmail: FieldNormalizer = (value) => {
  // Most addresses of a kept file are plain and standard as written. A plain one is lower-case ASCII
  // without spaces, which folding, trimming and lower-casing leave as it is.
  if (typeof value === 'string' && isPlainEmail(value)) return { status: 'ok', value };
  const text = unwrapEmail(foldWidth(cellToText(value)).trim()).toLowerCase();
  if (text === '') return { status: 'empty' };
  if (!isPlainEmail(text) && !isEmail(text, EMAIL_OPTIONS)) return { status: 'invalid', code: 'email.invalid' };
  return settle(value, text);
};
