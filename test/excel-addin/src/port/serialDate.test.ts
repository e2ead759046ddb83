import fc from 'fast-check';
import { dateOfSerial, serialOfDate } from '../../../../excel-addin/src/port/serialDate';

describe('serialDate', () => {
  it('knows Excel landmarks, including its phantom 29 February 1900', () => {
    expect(serialOfDate(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(serialOfDate(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(serialOfDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(serialOfDate(new Date(Date.UTC(2024, 2, 5)))).toBe(45356);
    expect(dateOfSerial(45356)).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(dateOfSerial(60)).toBeNull();
    expect(serialOfDate(new Date(Date.UTC(1899, 11, 31)))).toBeNull();
  });

  it('serial → date → serial is the identity for every valid serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }).filter((n) => n !== 60), (serial) => {
        expect(serialOfDate(dateOfSerial(serial)!)).toBe(serial);
      }),
    );
  });
});
