import fc from 'fast-check';
import { normalizePhone } from '../../../../shared/core/normalize/normalizePhone';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { chinaContext, fieldFor } from './fieldFor';

const phone = fieldFor('phone');
const run = (value: string | number, region = 'CN') => normalizePhone(value, phone, { ...chinaContext, region });

describe('normalizePhone', () => {
  it.each([
    ['138-1234-5678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+86 138 1234 5678', '+8613812345678'],
    ['0086 13812345678', '+8613812345678'],
    ['(+86)13812345678', '+8613812345678'],
    ['（＋８６）１３８１２３４５６７８', '+8613812345678'],
    ['１３８１２３４５６７８', '+8613812345678'],
    ['010-12345678', '+861012345678'],
    ['0755-8888 6666', '+8675588886666'],
  ])('standardizes %s to %s', (input, e164) => {
    expect(run(input)).toEqual({ status: 'reformat', value: e164, suggestion: e164, written: input });
  });

  it('accepts the standard form as it is', () => {
    expect(run('+8613812345678')).toEqual({ status: 'ok', value: '+8613812345678' });
  });

  it('reads a phone stored as a number cell', () => {
    expect(run(13812345678)).toEqual({ status: 'reformat', value: '+8613812345678', suggestion: '+8613812345678', written: '13812345678' });
  });

  it('uses the file region for numbers without a country code', () => {
    expect(run('(212) 555-0123', 'US')).toMatchObject({ value: '+12125550123' });
    expect(run('02 9876 5432', 'AU')).toMatchObject({ value: '+61298765432' });
    expect(run('+1 212 555 0123', 'CN')).toMatchObject({ value: '+12125550123' });
  });

  it.each(['12345', '12345678901', 'call me', '138-1234-567'])('rejects %s', (input) => {
    expect(run(input)).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  it('reads a text the parser has read before the same way, in its own region', () => {
    // 020 is London's area code in Britain and Guangzhou's in China.
    for (let pass = 0; pass < 2; pass++) {
      expect(run('020 7946 0958', 'GB')).toMatchObject({ value: '+442079460958' });
      expect(run('020 7946 0958', 'CN')).toMatchObject({ value: '+862079460958' });
      expect(run('12345')).toEqual({ status: 'invalid', code: 'phone.invalid' });
    }
  });

  it('treats blank as empty', () => {
    expect(run('   ')).toEqual({ status: 'empty' });
  });
});

describe('normalizePhone, however a number is punctuated', () => {
  // libphonenumber-js is patched (patches/) to read plain digit strings
  // directly; punctuated ones still take the library's own path. Both must
  // reach the same verdict for the same digits.
  const digits = fc.stringMatching(/^[0-9]{5,12}$/);
  const punctuate = (text: string, cuts: number[]) => {
    let out = '';
    [...text].forEach((ch, i) => (out += (cuts.includes(i) && i > 0 ? '-' : '') + ch));
    return out;
  };

  it('gives the same result for a number written plain and with separators', () => {
    fc.assert(fc.property(fc.constantFrom('', '+86', '+1', '+44', '0', '1'), digits, fc.array(fc.nat(12), { maxLength: 3 }), (prefix, number, cuts) => {
      const plain = run(prefix + number);
      const punctuated = run(prefix + (prefix.startsWith('+') ? ' ' : '') + punctuate(number, cuts));
      const verdict = (r: ReturnType<typeof run>) => (r.status === 'invalid' ? r.code : r.status === 'empty' || r.status === 'placeholder' ? r.status : r.value);
      expect(verdict(punctuated)).toBe(verdict(plain));
    }), { numRuns: 3000 });
  });

  // Phones as written are judged without the text parser where the
  // library's metadata says they are valid (normalizePhone's shorter way);
  // the parser itself must agree, for every calling code there is.
  const parserVerdict = (text: string, region = 'CN') => {
    // With normalizePhone's own rewrite: a leading 00 dials out, in any region.
    const parsed = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), { defaultCountry: region as CountryCode }, metadataJson);
    return parsed?.isValid() ? parsed.number : 'phone.invalid';
  };
  const verdict = (r: ReturnType<typeof run>) => (r.status === 'invalid' ? r.code : r.status === 'empty' || r.status === 'placeholder' ? r.status : r.value);

  it('judges an E.164 number as the parser does, for every calling code', () => {
    const codes = Object.keys(metadataJson.country_calling_codes);
    fc.assert(fc.property(fc.constantFrom(...codes), fc.stringMatching(/^[0-9]{4,13}$/), fc.constantFrom('', ' '), (code, national, gap) => {
      const text = `+${code}${gap}${national}`;
      expect(verdict(run(text))).toBe(parserVerdict(text));
    }), { numRuns: 5000 });
  });

  it('judges a national number as the parser does, in China and the US', () => {
    const digitsOrDialledOut = fc.oneof(fc.stringMatching(/^[0-9]{5,12}$/), fc.stringMatching(/^00[1-9][0-9]{4,11}$/));
    fc.assert(fc.property(fc.constantFrom('CN', 'US'), digitsOrDialledOut, fc.array(fc.nat(12), { maxLength: 3 }), (region, number, cuts) => {
      const text = punctuate(number, cuts);
      expect(verdict(run(text, region))).toBe(parserVerdict(text, region));
    }), { numRuns: 5000 });
  });

  it('finds no phone in a text without digits, as the parser finds none', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((text) => !/[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/.test(text) && text.trim() !== ''), (text) => {
      expect(verdict(run(text))).toBe(parserVerdict(text));
    }), { numRuns: 3000 });
    expect(verdict(run('n/a'))).toBe('phone.invalid');
  });

  it.each([
    ['+86010 12345678', '+861012345678'],
    ['+16042885555', '+16042885555'],
    ['+99912345678', 'invalid'],
    ['+8612345678901', 'invalid'],
    ['+8614012345678', 'invalid'],
    ['+8619912345678', '+8619912345678'],
    ['+10005550123', 'invalid'],
    ['+12126468241', '+12126468241'],
    ['+442079460958', '+442079460958'],
  ])('%s is %s by the full metadata', (input, expected) => {
    const result = run(input);
    expect(result.status === 'invalid' ? 'invalid' : result.status === 'empty' || result.status === 'placeholder' ? result.status : result.value).toBe(expected);
  });
});
