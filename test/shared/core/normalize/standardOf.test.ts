import { standardOf } from '../../../../shared/core/normalize/standardOf';

describe('standardOf', () => {
  it('gives the standard value of a cell in standard or other form', () => {
    expect(standardOf({ status: 'ok', value: '+8613812345678' })).toBe('+8613812345678');
    expect(standardOf({ status: 'reformat', value: ['VIP', 'B2B'], suggestion: 'VIP, B2B', written: 'VIP；B2B' })).toEqual(['VIP', 'B2B']);
  });

  it('gives nothing for a blank, an invalid or a missing cell', () => {
    expect(standardOf({ status: 'empty' })).toBeUndefined();
    expect(standardOf({ status: 'invalid', code: 'phone.invalid' })).toBeUndefined();
    expect(standardOf(undefined)).toBeUndefined();
  });
});
