import fc from 'fast-check';
import { getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { phoneAsWritten } from '../../../../shared/core/normalize/phoneAsWritten';

/** What the library's parser makes of a text in a region: its E.164 when valid, else null. */
function parserReading(text: string, region: string): string | null {
  const phone = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode }, metadataJson);
  return phone?.isValid() ? phone.number : null;
}

const callingCodes = metadataJson.country_calling_codes as Record<string, string[]>;
const regions = Object.keys(metadataJson.countries) as CountryCode[];
/** Regions that are their calling code's main country: the ones whose national numbers may skip the parser. */
const mainRegions = regions.filter((region) => callingCodes[getCountryCallingCode(region, metadataJson)]![0] === region);

function nationalPrefixOf(region: CountryCode): string {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(region);
  return (metadata.numberingPlan as unknown as { nationalPrefix(): string | undefined }).nationalPrefix() ?? '';
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const separator = fc.constantFrom('', ' ', '-', '.', ' - ');

/** A region's example mobile number (national significant number), sometimes with digits changed, dropped or added. */
const nationalNumber = fc
  .record({
    region: fc.constantFrom(...(Object.keys(examples) as CountryCode[])),
    edits: fc.array(fc.record({ at: fc.nat(), digit }), { maxLength: 2 }),
    drop: fc.integer({ min: 0, max: 1 }),
    extra: fc.array(digit, { maxLength: 1 }),
  })
  .map(({ region, edits, drop, extra }) => {
    const digits = examples[region as keyof typeof examples].split('');
    for (const { at, digit: d } of edits) digits[at % digits.length] = d;
    return { region, national: digits.slice(0, digits.length - drop).join('') + extra.join('') };
  });

/** Such a number written as people write it: national, with its national prefix, international, dialled out; grouped by separators. */
const writtenPhone = fc
  .record({
    number: nationalNumber,
    way: fc.constantFrom('national', 'nationalPrefix', 'plus', 'bracketed', 'diallingOut'),
    cuts: fc.array(fc.record({ at: fc.nat(), separator }), { maxLength: 3 }),
    fileRegion: fc.oneof(fc.constant(null), fc.constantFrom(...regions)),
  })
  .map(({ number: { region, national }, way, cuts, fileRegion }) => {
    const chars = national.split('');
    for (const { at, separator: s } of cuts) chars[at % chars.length] = s + chars[at % chars.length]!;
    const grouped = chars.join('').replace(/^[ .-]+/, '');
    const code = getCountryCallingCode(region, metadataJson);
    const text = {
      national: grouped,
      nationalPrefix: nationalPrefixOf(region) + grouped,
      plus: `+${code} ${grouped}`,
      bracketed: `(+${code}) ${grouped}`,
      diallingOut: `00${code}${grouped}`,
    }[way];
    return { text, region: fileRegion ?? region };
  });

describe('phoneAsWritten', () => {
  it('reads only what the parser reads the same way, valid', () => {
    fc.assert(
      fc.property(writtenPhone, ({ text, region }) => {
        const written = phoneAsWritten(text, region);
        if (written !== null) expect([text, region, written]).toEqual([text, region, parserReading(text, region)]);
      }),
      { numRuns: 20000 },
    );
  });

  it('reads most regions\' example mobiles written nationally, as the parser does', () => {
    const read = mainRegions.filter((region) => region in examples).filter((region) => {
      const national = examples[region as keyof typeof examples];
      const written = phoneAsWritten(national, region);
      if (written !== null) expect(written).toBe(parserReading(national, region));
      return written !== null;
    });
    expect(read.length).toBeGreaterThan(150);
  });

  it('reads the first and last numbers of every length of every main region as the parser does', () => {
    let read = 0;
    for (const region of mainRegions) {
      for (let length = 4; length <= 13; length++) {
        for (const lead of '123456789') {
          for (const fill of '09') {
            const national = `${lead}${fill.repeat(length - 1)}`;
            const written = phoneAsWritten(national, region);
            if (written === null) continue;
            if (written !== parserReading(national, region)) throw new Error(`${region} ${national}: parser says ${parserReading(national, region)}`);
            read++;
          }
        }
      }
    }
    expect(read).toBeGreaterThan(300);
  });

  it.each([
    ['138-7803-9017', 'CN', '+8613878039017'],
    ['151 0535 1721', 'CN', '+8615105351721'],
    ['15105351721', 'CN', '+8615105351721'],
    ['+1 206 631 7584', 'CN', '+12066317584'],
    ['(+86)15034714222', 'CN', '+8615034714222'],
    ['206.631.7584', 'US', '+12066317584'],
    ['(206) 631-7584', 'US', '+12066317584'],
  ])('reads %s in %s as %s', (text, region, e164) => {
    expect(phoneAsWritten(text, region)).toBe(e164);
    expect(parserReading(text, region)).toBe(e164);
  });

  it.each([
    ['0755-8888 6666', 'CN'], // a national prefix: the parser strips it
    ['0086 13519061923', 'CN'], // dialling out from China
    ['011 86 135 1906 1923', 'US'], // dialling out from the US
    ['138 1234 5678 ext 12', 'CN'], // an extension
    ['138/1234/5678', 'CN'], // a separator left to the parser
    ['6135550123', 'CA'], // Canada shares +1 with the US, whose plan this reads
    ['13812345678', 'XX'], // no such region
    ['12345', 'CN'], // too short to be valid
    ['n/a', 'CN'],
  ])('leaves %s in %s to the parser', (text, region) => {
    expect(phoneAsWritten(text, region)).toBeNull();
  });
});
