import fc from 'fast-check';
import { dateFromIso, isoDateOf, isoFromParts } from '../../../../shared/core/normalize/isoDate';

describe('dateFromIso', () => {
  it('is a Date at UTC midnight of the day', () => {
    expect(dateFromIso('2024-03-05').toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(dateFromIso('2024-02-29').getTime()).toBe(Date.UTC(2024, 1, 29));
  });

  it('keeps years before 100 (Date.UTC would read 0024 as 1924)', () => {
    expect(dateFromIso('0024-01-31').getUTCFullYear()).toBe(24);
  });

  it('reads back every real date isoDateOf writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
        expect(isoDateOf(dateFromIso(iso))).toBe(iso);
      }),
    );
  });
});
