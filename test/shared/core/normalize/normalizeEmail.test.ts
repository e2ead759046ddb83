import fc from 'fast-check';
import isEmail from 'validator/lib/isEmail';
import { EMAIL_OPTIONS, isPlainEmail, normalizeEmail } from '../../../../shared/core/normalize/normalizeEmail';
import { chinaContext, fieldFor } from './fieldFor';

const email = fieldFor('email');
const run = (value: string) => normalizeEmail(value, email, chinaContext);

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(run(' John.Doe@Example.COM ')).toEqual({ status: 'reformat', value: 'john.doe@example.com', suggestion: 'john.doe@example.com', written: ' John.Doe@Example.COM ' });
    expect(run('ｗａｎｇ＠ｑｑ．ｃｏｍ')).toMatchObject({ value: 'wang@qq.com' });
  });
  it('accepts the standard form', () => {
    expect(run('wang.fang@163.com')).toEqual({ status: 'ok', value: 'wang.fang@163.com' });
  });
  it.each(['john@', '@example.com', 'john doe@example.com', 'a@b', 'a@@b.com'])('rejects %s', (input) => {
    expect(run(input)).toEqual({ status: 'invalid', code: 'email.invalid' });
  });
});

describe('the plain-address shortcut', () => {
  const atom = fc.stringMatching(/^[a-z0-9_+-]{1,20}$/);
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
  const plain = fc
    .tuple(fc.array(atom, { minLength: 1, maxLength: 4 }), fc.array(label, { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-z]{2,63}$/))
    .map(([local, host, tld]) => `${local.join('.')}@${[...host, tld].join('.')}`)
    .filter((address) => address.length <= 254 && address.indexOf('@') <= 64);

  it('matches only addresses validator.js accepts', () => {
    fc.assert(fc.property(plain, (address) => {
      expect(isPlainEmail(address)).toBe(true);
      expect(isEmail(address, EMAIL_OPTIONS)).toBe(true);
      // Standard as written; in capitals or with spaces, the same address to reformat to.
      expect(run(address)).toEqual({ status: 'ok', value: address });
      expect(run(` ${address.toUpperCase()}`)).toMatchObject({ status: 'reformat', value: address });
    }), { numRuns: 5000 });
  });

  it('never matches what validator.js rejects: plain addresses with a character inserted, dropped or replaced', () => {
    const char = fc.constantFrom(...'a9_+-.@"\\ é张\u0000'.split(''));
    const edited = fc.tuple(plain, fc.nat(), fc.constantFrom('insert', 'drop', 'replace'), char).map(([address, at, edit, c]) => {
      const i = at % (address.length + 1);
      if (edit === 'insert') return address.slice(0, i) + c + address.slice(i);
      if (edit === 'drop') return address.slice(0, i) + address.slice(i + 1);
      return address.slice(0, i) + c + address.slice(i + 1);
    });
    let matched = 0;
    fc.assert(fc.property(edited, (text) => {
      if (!isPlainEmail(text)) return;
      matched++;
      expect(isEmail(text, EMAIL_OPTIONS)).toBe(true);
    }), { numRuns: 20000 });
    expect(matched).toBeGreaterThan(1000);
  });

  it('leaves the limits to validator.js: 64 characters before the @, 63 per label, 254 in all', () => {
    expect(run(`${'a'.repeat(64)}@example.com`)).toMatchObject({ status: 'ok' });
    expect(run(`${'a'.repeat(65)}@example.com`)).toEqual({ status: 'invalid', code: 'email.invalid' });
    expect(run(`a@${'b'.repeat(63)}.com`)).toMatchObject({ status: 'ok' });
    expect(run(`a@${'b'.repeat(64)}.com`)).toEqual({ status: 'invalid', code: 'email.invalid' });
    expect(run(`a@${Array(50).fill('bbbb').join('.')}.com`)).toEqual({ status: 'invalid', code: 'email.invalid' });
  });

  it('still sends unusual but valid addresses through validator.js', () => {
    expect(run("o'brien@example.ie")).toMatchObject({ status: 'ok' });
    expect(run('王芳@例子.中国')).toMatchObject({ status: 'ok' });
    expect(run('a..b@example.com')).toEqual({ status: 'invalid', code: 'email.invalid' });
    expect(run('a@-example.com')).toEqual({ status: 'invalid', code: 'email.invalid' });
  });
});
