import fc from 'fast-check';
import { getDaysInMonth } from 'date-fns';
import { daysInMonth } from '../../../../shared/core/normalize/daysInMonth';

describe('daysInMonth', () => {
  it('agrees with date-fns on every month of years 1 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      const first = new Date(2000, 0, 1);
      first.setFullYear(year, month - 1, 1);
      expect(daysInMonth(year, month)).toBe(getDaysInMonth(first));
    }), { numRuns: 5000 });
  });

  it('knows the leap years', () => {
    expect([2024, 2023, 2000, 1900, 1600].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28, 29]);
    expect([1, 4, 12].map((month) => daysInMonth(2025, month))).toEqual([31, 30, 31]);
  });
});
