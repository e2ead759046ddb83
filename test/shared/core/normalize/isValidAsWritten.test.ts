import fc from 'fast-check';
import { getCountryCallingCode, Metadata, parsePhoneNumberFromString, PhoneNumber, type CountryCode } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { isValidAsWritten } from '../../../../shared/core/normalize/isValidAsWritten';

/** The library's verdict through its own `PhoneNumber`, plus the one rule of ours: a national prefix written after the calling code is the parser's to strip. */
function libraryVerdict(e164: string): boolean {
  let phone: PhoneNumber;
  try {
    phone = new PhoneNumber(e164 as PhoneNumber['number'], metadataJson);
  } catch {
    return false;
  }
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(phone.countryCallingCode as CountryCode);
  const prefix = (metadata.numberingPlan as unknown as { nationalPrefixForParsing(): string | undefined }).nationalPrefixForParsing();
  if (prefix && new RegExp(`^(?:${prefix})`).test(phone.nationalNumber)) return false;
  return phone.isValid();
}

const countries = Object.keys(examples) as CountryCode[];
/** Every country's example mobile number in E.164. */
const exampleNumbers = countries.map((country) => `+${getCountryCallingCode(country, metadataJson)}${examples[country as keyof typeof examples]}`);
const callingCodes = [...Object.keys(metadataJson.country_calling_codes), ...Object.keys(metadataJson.nonGeographic)];

const digit = fc.integer({ min: 0, max: 9 }).map(String);
/** An example number with a few digits changed, dropped or added: near-valid numbers of every plan, valid and not. */
const nearExample = fc
  .record({
    base: fc.constantFrom(...exampleNumbers),
    edits: fc.array(fc.record({ at: fc.nat(), digit }), { maxLength: 3 }),
    drop: fc.integer({ min: 0, max: 2 }),
    extra: fc.array(digit, { maxLength: 2 }),
  })
  .map(({ base, edits, drop, extra }) => {
    const digits = base.slice(1).split('');
    for (const { at, digit: d } of edits) digits[1 + (at % (digits.length - 1))] = d; // keep the first digit: `+0…` is not E.164
    return `+${digits.slice(0, digits.length - drop).join('')}${extra.join('')}`;
  });
/** Any calling code (non-geographic ones too) followed by random digits. */
const anyCallingCode = fc
  .record({ code: fc.constantFrom(...callingCodes), rest: fc.array(digit, { minLength: 3, maxLength: 13 }) })
  .map(({ code, rest }) => `+${code}${rest.join('')}`);

describe('isValidAsWritten', () => {
  it('agrees with the library on every country\'s example mobile number', () => {
    for (const e164 of exampleNumbers) expect([e164, isValidAsWritten(e164)]).toEqual([e164, libraryVerdict(e164)]);
    expect(exampleNumbers.filter(isValidAsWritten).length).toBeGreaterThan(200);
  });

  it('agrees with the library near every example number', () => {
    fc.assert(fc.property(nearExample, (e164) => isValidAsWritten(e164) === libraryVerdict(e164)), { numRuns: 5000 });
  });

  it('agrees with the library on any calling code and digits', () => {
    fc.assert(fc.property(anyCallingCode, (e164) => isValidAsWritten(e164) === libraryVerdict(e164)), { numRuns: 5000 });
  });

  it('agrees with the library on the first numbers of every number length of every calling code', () => {
    // Leading digits 1-9 then zeros or nines: hits many ranges' first and last numbers, non-geographic codes included.
    let valid = 0;
    for (const code of callingCodes) {
      for (let length = 4; length + code.length <= 15; length++) {
        for (const lead of '123456789') {
          for (const fill of '09') {
            const e164 = `+${code}${lead}${fill.repeat(length - 1)}`;
            const verdict = libraryVerdict(e164);
            if (isValidAsWritten(e164) !== verdict) throw new Error(`${e164}: library says ${verdict}`);
            if (verdict) valid++;
          }
        }
      }
    }
    expect(valid).toBeGreaterThan(500);
  });

  it('says valid only where the parser reads the same number back, valid', () => {
    fc.assert(
      fc.property(fc.oneof(nearExample, anyCallingCode), (e164) => {
        if (!isValidAsWritten(e164)) return;
        const parsed = parsePhoneNumberFromString(e164, metadataJson);
        expect([parsed?.number, parsed?.isValid()]).toEqual([e164, true]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['+8613812345678', true],
    ['+861012345678', true], // a Beijing landline
    ['+8612345678901', false], // no such Chinese mobile range
    ['+86013812345678', false], // the national prefix after +86: the parser's to strip
    ['+12015550123', true], // +1 is judged by the US plan
    ['+80012345678', true], // non-geographic freephone
    ['+999123456', false], // no such calling code
  ])('%s is %s', (e164, valid) => {
    expect(isValidAsWritten(e164)).toBe(valid);
    expect(libraryVerdict(e164)).toBe(valid);
  });
});
