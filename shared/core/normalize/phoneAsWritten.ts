import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { isValidAsWritten } from './isValidAsWritten';

/** Separators the library strips (all are in its `VALID_PUNCTUATION`); a phone written with others is left to the parser. */
const SEPARATORS = /[ .()-]/g;
const DIGITS = /^\+?[0-9]+$/;

/** What a region's national numbers need to be written in E.164. */
interface RegionDialling {
  readonly callingCode: string;
  /** How the region dials out (`00` in China, `011` in the US): a number starting so is international, the parser's to read. */
  readonly internationalPrefix: RegExp;
}

/** Per region; null for a region the metadata lacks or that shares its calling code without being its main country. */
const diallingByRegion = new Map<string, RegionDialling | null>();

/**
 * The E.164 form of a phone written as digits with spaces, hyphens, dots or
 * brackets between them, international (`+1 206 631 7584`) or national in
 * the file's region (`138-7803-9017`, `151 0535 1721`), when the library's
 * metadata says the number is valid exactly as written (`isValidAsWritten`).
 * Null means "ask the parser", which knows the rest: national and carrier
 * prefixes (`0755…`), dialling out (`00…`, `011…`), extensions, letters.
 *
 * A national number is read in its region's plan only where the region is
 * its calling code's main country (China for +86, the US for +1): that is
 * the plan `isValidAsWritten` reads, and a number valid there is the same
 * number the parser finds. Tests compare both with the parser on every
 * region's example numbers, written every way.
 */
export function phoneAsWritten(text: string, region: string): string | null {
  const compact = text.replace(SEPARATORS, '');
  if (!DIGITS.test(compact)) return null;
  if (compact.startsWith('+')) return isValidAsWritten(compact) ? compact : null;
  const dialling = diallingOf(region);
  if (dialling === null || dialling.internationalPrefix.test(compact)) return null;
  const e164 = `+${dialling.callingCode}${compact}`;
  return isValidAsWritten(e164) ? e164 : null;
}

function diallingOf(region: string): RegionDialling | null {
  let dialling = diallingByRegion.get(region);
  if (dialling === undefined) diallingByRegion.set(region, (dialling = compileDialling(region)));
  return dialling;
}

function compileDialling(region: string): RegionDialling | null {
  if (!(region in metadataJson.countries)) return null;
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(region as CountryCode);
  const plan = metadata.numberingPlan as unknown as { callingCode(): string; IDDPrefix(): string };
  const callingCode = plan.callingCode();
  const countries = (metadataJson.country_calling_codes as Record<string, string[] | undefined>)[callingCode];
  if (countries?.[0] !== region) return null;
  // As the library's `stripIddPrefix` applies it: a match at the start.
  return { callingCode, internationalPrefix: new RegExp(`^(?:${plan.IDDPrefix()})`) };
}
