import isEmail from 'validator/lib/isEmail';
import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/** E-mail addresses: trimmed, width-folded and lower-cased; malformed ones rejected (validator.js). */
export const normalizeEmail: FieldNormalizer = (value) => {
  const text = foldWidth(cellToText(value)).trim().toLowerCase();
  if (text === '') return { status: 'empty' };
  if (!isEmail(text, { allow_utf8_local_part: true, require_tld: true })) return { status: 'invalid', code: 'email.invalid' };
  return settle(value, text);
};
