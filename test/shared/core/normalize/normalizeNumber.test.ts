import { normalizeNumber } from '../../../../shared/core/normalize/normalizeNumber';
import { normalizeInteger } from '../../../../shared/core/normalize/normalizeInteger';
import type { CellValue } from '../../../../shared/core/cell';
import { chinaContext, fieldFor } from './fieldFor';

const spend = (value: CellValue) => normalizeNumber(value, fieldFor('total_spend'), chinaContext);
const orders = (value: CellValue) => normalizeInteger(value, fieldFor('orders'), chinaContext);
const satisfaction = (value: CellValue) => normalizeInteger(value, fieldFor('satisfaction'), chinaContext);

describe('normalizeNumber', () => {
  it.each([
    ['¥1,234.50', 1234.5], ['￥1,234.5', 1234.5], ['RMB 1234.5', 1234.5], ['$12,000', 12000], ['１２３４元', 1234], [' 88 ', 88], ['1,234,567', 1234567],
  ])('%s → %d', (input, n) => {
    expect(spend(input)).toEqual({ status: 'reformat', value: n, suggestion: String(n), written: input });
  });
  it('accepts plain numbers, as cells or text', () => {
    expect(spend(1234.5)).toEqual({ status: 'ok', value: 1234.5 });
    expect(spend('1234.5')).toEqual({ status: 'ok', value: 1234.5 });
  });
  it.each(['12abc', '1,23', '1.2.3', 'abc', '12 34'])('rejects %s', (input) => {
    expect(spend(input)).toEqual({ status: 'invalid', code: 'number.invalid' });
  });
  it('applies the minimum', () => {
    expect(spend(-5)).toEqual({ status: 'invalid', code: 'number.belowMin', params: { min: 0 } });
    expect(spend('(1,000)')).toEqual({ status: 'invalid', code: 'number.belowMin', params: { min: 0 } });
  });
});

describe('normalizeInteger', () => {
  it('reads whole numbers', () => {
    expect(orders(12)).toEqual({ status: 'ok', value: 12 });
    expect(orders('１２')).toEqual({ status: 'reformat', value: 12, suggestion: '12', written: '１２' });
    expect(orders('1,200')).toEqual({ status: 'reformat', value: 1200, suggestion: '1200', written: '1,200' });
  });
  it('rejects fractions, negatives and out-of-range scores', () => {
    expect(orders(2.5)).toEqual({ status: 'invalid', code: 'integer.notWhole' });
    expect(orders('-3')).toEqual({ status: 'invalid', code: 'number.belowMin', params: { min: 0 } });
    expect(orders('many')).toEqual({ status: 'invalid', code: 'integer.invalid' });
    expect(satisfaction(6)).toEqual({ status: 'invalid', code: 'number.aboveMax', params: { max: 5 } });
    expect(satisfaction(0)).toEqual({ status: 'invalid', code: 'number.belowMin', params: { min: 1 } });
  });
});
