import { normalizeEmail } from '../../../../shared/core/normalize/normalizeEmail';
import { chinaContext, fieldFor } from './fieldFor';

const email = fieldFor('email');
const run = (value: string) => normalizeEmail(value, email, chinaContext);

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(run(' John.Doe@Example.COM ')).toEqual({ status: 'reformat', value: 'john.doe@example.com', suggestion: 'john.doe@example.com' });
    expect(run('ｗａｎｇ＠ｑｑ．ｃｏｍ')).toMatchObject({ value: 'wang@qq.com' });
  });
  it('accepts the standard form', () => {
    expect(run('wang.fang@163.com')).toEqual({ status: 'ok', value: 'wang.fang@163.com' });
  });
  it.each(['john@', '@example.com', 'john doe@example.com', 'a@b', 'a@@b.com'])('rejects %s', (input) => {
    expect(run(input)).toEqual({ status: 'invalid', code: 'email.invalid' });
  });
});
