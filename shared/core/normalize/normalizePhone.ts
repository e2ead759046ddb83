import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/**
 * Phones to E.164 with libphonenumber-js's full metadata (the "max" set
 * validates by number type, so `12345678901` is not a Chinese mobile).
 * `(+86)` loses its brackets and a leading `00` international prefix
 * becomes `+`, since not every region dials out with 00 (the US uses 011).
 */
export const normalizePhone: FieldNormalizer = (value, _field, context) => {
  const text = foldWidth(cellToText(value)).trim();
  if (text === '') return { status: 'empty' };
  const prepared = text.replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1 ').replace(/^00(?=[1-9])/, '+');
  const phone = parsePhoneNumberFromString(prepared, { defaultCountry: context.region as CountryCode });
  if (!phone || !phone.isValid()) return { status: 'invalid', code: 'phone.invalid' };
  return settle(value, phone.number);
};
