import { normalizeDate } from '../../../../shared/core/normalize/normalizeDate';
import type { CellValue } from '../../../../shared/core/cell';
import { chinaContext, fieldFor } from './fieldFor';

const created = fieldFor('created');
const birthday = fieldFor('birthday');
const followUp = fieldFor('next_follow_up');
const run = (value: CellValue, order: 'MDY' | 'DMY' | null = null, field = created) =>
  normalizeDate(value, field, { ...chinaContext, ambiguousDateOrder: order });

describe('normalizeDate', () => {
  it.each([
    ['2024/3/5'], ['2024年3月5日'], ['2024.3.5'], ['2024-3-5'], ['20240305'], ['2024-03-05 14:30'], ['2024-03-05T14:30:00Z'],
    ['5 Mar 2024'], ['March 5, 2024'], ['２０２４年３月５日'], ['2024年3月5号'],
  ])('reads %s as 2024-03-05', (input) => {
    expect(run(input)).toEqual({ status: 'reformat', value: '2024-03-05', suggestion: '2024-03-05', written: input });
  });

  it('accepts ISO text and real date cells as standard', () => {
    expect(run('2024-03-05')).toEqual({ status: 'ok', value: '2024-03-05' });
    expect(run(new Date(Date.UTC(2024, 2, 5)))).toEqual({ status: 'ok', value: '2024-03-05' });
  });

  it('reads spreadsheet serials and yyyymmdd numbers as dates', () => {
    expect(run(45356)).toEqual({ status: 'reformat', value: '2024-03-05', suggestion: '2024-03-05', written: '45356' });
    expect(run(45356.75)).toMatchObject({ value: '2024-03-05' });
    expect(run(20240305)).toMatchObject({ value: '2024-03-05' });
    expect(run(1)).toMatchObject({ value: '1900-01-01', status: 'reformat' });
  });

  it.each(['2024-13-45', '2023-02-29', '2024/02/30', 'yesterday', '2024-3', '24/3/5'])('rejects %s', (input) => {
    expect(run(input)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(run('2024-2-29')).toMatchObject({ value: '2024-02-29' });
  });

  it('never guesses an ambiguous day/month order', () => {
    expect(run('03/05/2024')).toEqual({ status: 'invalid', code: 'date.ambiguous' });
    expect(run('03/05/2024', 'MDY')).toMatchObject({ value: '2024-03-05' });
    expect(run('03/05/2024', 'DMY')).toMatchObject({ value: '2024-05-03' });
  });

  it('reads day/month forms that only one order makes a date', () => {
    expect(run('25/12/2023')).toMatchObject({ value: '2023-12-25' });
    expect(run('12/25/2023')).toMatchObject({ value: '2023-12-25' });
    expect(run('05/05/2024')).toMatchObject({ value: '2024-05-05' });
  });

  it('applies the field bounds', () => {
    expect(run('2027-01-01')).toEqual({ status: 'invalid', code: 'date.future' });
    expect(run('2027-01-01', null, followUp)).toEqual({ status: 'ok', value: '2027-01-01' });
    expect(run('1890-01-01', null, birthday)).toEqual({ status: 'invalid', code: 'date.tooOld', params: { years: 120 } });
    expect(run('1907-01-01', null, birthday)).toMatchObject({ status: 'ok' });
  });

  it('reports errors and booleans as invalid, blanks as empty', () => {
    expect(run(true)).toEqual({ status: 'invalid', code: 'date.invalid' });
    expect(run(null)).toEqual({ status: 'empty' });
    expect(run('  ')).toEqual({ status: 'empty' });
  });
});
