import fc from 'fast-check';
import { fillFindingMessage, findingMessage, hasFindingMessage, partialFindingMessage } from '../../../../shared/core/i18n/findingMessages';

describe('findingMessage', () => {
  it('fills every placeholder of the English sentence', () => {
    expect(findingMessage('en', 'phone.format', { field: 'Phone', value: '138 1234 5678', suggestion: '+8613812345678' })).toBe(
      'Phone is valid but not in the standard form; it becomes +8613812345678.',
    );
  });

  it('fills the Chinese sentence, a placeholder used twice included', () => {
    expect(findingMessage('zh', 'enum.format', { field: '性别', value: '男', suggestion: 'Male' })).toBe('性别"男"即 Male，将改为 Male。');
  });

  it('turns numbers into text and keeps a placeholder it has no value for', () => {
    expect(findingMessage('en', 'id.duplicate', { field: 'Customer ID', value: 'C1', otherRow: 12 })).toBe('Customer ID "C1" is also used in row 12.');
    expect(findingMessage('en', 'date.tooOld', { field: 'Birthday', value: '1890-01-01' })).toBe('Birthday 1890-01-01 is more than {years} years ago.');
  });

  it('falls back to a sentence naming the code for a code without a message', () => {
    expect(hasFindingMessage('made.up')).toBe(false);
    expect(findingMessage('en', 'made.up', { field: 'Name', value: 'x' })).toBe('Name "x" is not valid (made.up).');
    expect(findingMessage('zh', 'made.up', { field: '姓名', value: 'x' })).toBe('姓名"x"无效（made.up）。');
  });

  it('leaves braces inside values alone', () => {
    expect(findingMessage('en', 'email.invalid', { field: 'Email', value: '{suggestion}@' })).toBe('Email "{suggestion}@" is not a valid e-mail address.');
  });

  it('gives the same sentence filled in two steps as in one, for any code, language and values', () => {
    const codes = ['phone.format', 'enum.format', 'id.duplicate', 'date.beforeField', 'contact.missing', 'made.up', 'field.required'];
    const text = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom('en' as const, 'zh' as const), text, text, text, fc.integer(), (code, lang, field, value, suggestion, otherRow) => {
        const all = { field, value, suggestion, otherRow, fields: value, other: suggestion, otherValue: field };
        const { field: _known, ...rest } = all;
        expect(fillFindingMessage(partialFindingMessage(lang, code, { field }), code, rest)).toBe(findingMessage(lang, code, all));
      }),
    );
  });
});
