import { Metadata, parsePhoneNumberFromString, PhoneNumber, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
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
  if (E164_SHAPE.test(text) && isValidAsWritten(text)) return settle(value, text);
  const prepared = text.replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1 ').replace(/^00(?=[1-9])/, '+');
  const phone = parsePhoneNumberFromString(prepared, { defaultCountry: context.region as CountryCode }, metadataJson);
  if (!phone || !phone.isValid()) return { status: 'invalid', code: 'phone.invalid' };
  return settle(value, phone.number);
};

/** `+` and digits, as E.164 writes them: most phones of a kept file, worth a shorter way than the parser's. */
const E164_SHAPE = /^\+[1-9]\d{5,14}$/;
const metadata = new Metadata(metadataJson);
/** Each calling code's national prefix pattern (`0` in China), compiled once; null where there is none. */
const nationalPrefixes = new Map<string, RegExp | null>();

/**
 * Whether an E.164 number is valid exactly as written, through the
 * library's own E.164 constructor and validation, skipping the text
 * parser (about twice as fast). A false answer only means "ask the parser":
 * the parser strips a national prefix written after the country code
 * (`+86 0…`), so a number that starts with one is left to it, and so is a
 * shared calling code's other countries (`+1` in Canada), which this
 * judges by the code's main country.
 */
function isValidAsWritten(e164: string): boolean {
  let phone: PhoneNumber;
  try {
    phone = new PhoneNumber(e164 as PhoneNumber['number'], metadataJson);
  } catch {
    return false; // no known calling code
  }
  const code = phone.countryCallingCode;
  let prefix = nationalPrefixes.get(code);
  if (prefix === undefined) {
    metadata.selectNumberingPlan(code as CountryCode);
    // Not in the typings, but the parser's own source of the pattern (metadata.js).
    const source = (metadata.numberingPlan as unknown as { nationalPrefixForParsing(): string | undefined }).nationalPrefixForParsing();
    prefix = source ? new RegExp(`^(?:${source})`) : null;
    nationalPrefixes.set(code, prefix);
  }
  return (prefix === null || !prefix.test(phone.nationalNumber)) && phone.isValid();
}
