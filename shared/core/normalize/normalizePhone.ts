import { findNumbers, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { foldWidth } from './foldWidth';
import { isValidAsWritten } from './isValidAsWritten';
import { phoneAsWritten } from './phoneAsWritten';
import { settle } from './settle';

/**
 * Phones to E.164 with libphonenumber-js's full metadata (the "max" set
 * validates by number type, so `12345678901` is not a Chinese mobile).
 * `(+86)` loses its brackets and a leading `00` international prefix
 * becomes `+`, since not every region dials out with 00 (the US uses 011).
 */
export const normalizePhone: FieldNormalizer = (value, _field, context) => {
  // Most phones of a kept file are E.164 as written: ASCII without spaces, which folding and trimming leave as it is.
  if (typeof value === 'string' && E164_SHAPE.test(value) && isValidAsWritten(value)) return { status: 'ok', value };
  const text = foldWidth(cellToText(value)).trim();
  if (text === '') return { status: 'empty' };
  const prepared = text.replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1 ').replace(/^00(?=[1-9])/, '+');
  const written = phoneAsWritten(prepared, context.region);
  if (written !== null) return settle(value, written);
  // The parser finds no number without a digit, and slowly: it throws and catches an error.
  if (!ANY_DIGIT.test(prepared)) return { status: 'invalid', code: 'phone.invalid' };
  const e164 = parserReading(prepared, context.region);
  return e164 === null ? { status: 'invalid', code: 'phone.invalid' } : settle(value, e164);
};

/**
 * The parser's readings of texts it was given, by region. What reaches it
 * is mostly junk that repeats (`12345`, `1381234567`), and reading one
 * takes it tens of microseconds: 700 of them were a fifth of the phones of
 * a 100,000-row check. Bounded, so that a long session cannot grow it.
 */
const parserReadings = new Map<string, string | null>();
const MAX_PARSER_READINGS = 10_000;

/** The parser's E.164 for a text in a region, null when it finds no valid number. */
function parserReading(text: string, region: string): string | null {
  const key = `${region} ${text}`;
  let reading = parserReadings.get(key);
  if (reading === undefined) {
    reading = readingOf(text, region as CountryCode);
    if (parserReadings.size >= MAX_PARSER_READINGS) parserReadings.clear();
    parserReadings.set(key, reading);
  }
  return reading;
}

/** An extension in Chinese (`转 801`, `分机 801`): the parser reads `ext.` and `x` only; E.164 keeps no extension. */
const CHINESE_EXTENSION = /\s*(?:转|分机|分机号)\s*\d{1,6}\s*$/u;
/**
 * A country calling code written without its plus, set apart from the
 * number by a space (`44 20 7946 0958`, `852 9123 4567`). Only a space:
 * `2-9050000` is a national number with a hyphen, read as such.
 */
const CODE_WITHOUT_PLUS = /^[1-9]\d{0,2} +\d/;
/** A label or a note beside the number (`手机：`, `Tel`, `（微信同号）`): any letter, Latin or CJK. */
const ANY_LETTER = /\p{L}/u;

/**
 * What the parser makes of a text: the number it reads as a whole; else
 * the one number it finds in a text with words (a label or a note around it:
 * `手机：138…（微信同号）`; two numbers are no reading); else, for digits
 * led by a country code without its plus, that code's number.
 */
function readingOf(text: string, region: CountryCode): string | null {
  const whole = text.replace(CHINESE_EXTENSION, '');
  const phone = parsePhoneNumberFromString(whole, { defaultCountry: region }, metadataJson);
  if (phone?.isValid()) return phone.number;
  if (ANY_LETTER.test(whole)) {
    const found = findNumbers(whole, { defaultCountry: region, v2: true }, metadataJson);
    if (found.length === 1 && found[0]!.number.isValid()) return found[0]!.number.number;
    if (found.length > 1) return null;
  }
  if (CODE_WITHOUT_PLUS.test(whole)) {
    const international = parsePhoneNumberFromString(`+${whole}`, metadataJson);
    if (international?.isValid()) return international.number;
  }
  return null;
}

/** The digits the library reads (its `VALID_DIGITS`: ASCII, full-width, Arabic-Indic, Persian). */
const ANY_DIGIT = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;
/** `+` and digits, as E.164 writes them: most phones of a kept file, worth a shorter way than the parser's. */
const E164_SHAPE = /^\+[1-9]\d{5,14}$/;
