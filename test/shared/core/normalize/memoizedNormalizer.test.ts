import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { memoizedNormalizer } from '../../../../shared/core/normalize/memoizedNormalizer';
import { normalizeCell } from '../../../../shared/core/normalize/normalizeCell';
import { chinaContext, fieldFor } from './fieldFor';

const DAY = 86_400_000;
/** Date cells at UTC midnight in and out of 1900–2099, and with a time of day; the texts and numbers a date column holds. */
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -30_000, max: 80_000 }).map((day) => new Date(day * DAY)),
  fc.integer({ min: -30_000 * DAY, max: 80_000 * DAY }).map((time) => new Date(time)),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom('2024-03-05', '2024/3/5', '2024年3月5日', '03/05/2024', '2023-02-29', 'soon', ''),
  fc.integer({ min: 20_000_000, max: 20_301_231 }),
  fc.double({ min: 1, max: 60_000, noNaN: true }),
  fc.constantFrom(null, true, { error: '#N/A' }),
);

describe('memoizedNormalizer', () => {
  it('gives every cell of a date column what normalizeCell gives it alone', () => {
    const field = fieldFor('created');
    fc.assert(
      fc.property(fc.array(dateCell, { maxLength: 60 }), (cells) => {
        const memo = memoizedNormalizer(field, chinaContext);
        // Each cell twice: the second answer comes from the cache.
        for (const cell of [...cells, ...cells]) expect(memo(cell)).toEqual(normalizeCell(cell, field, chinaContext));
      }),
      { numRuns: 500 },
    );
  });

  it('shares one result among the date cells of one day, and among equal texts', () => {
    const memo = memoizedNormalizer(fieldFor('created'), chinaContext);
    const day = Date.UTC(2025, 5, 1);
    expect(memo(new Date(day))).toBe(memo(new Date(day)));
    expect(memo(new Date(day))).not.toBe(memo(new Date(day + DAY)));
    expect(memo(new Date(Date.UTC(1899, 11, 31)))).toBe(memo(new Date(Date.UTC(1899, 11, 31))));
    expect(memo('2025/6/1')).toBe(memo('2025/6/1'));
  });

  it('stops caching a column that does not repeat, and still answers as normalizeCell does', () => {
    const field = fieldFor('phone');
    const memo = memoizedNormalizer(field, chinaContext);
    const phones = Array.from({ length: 3000 }, (_, i) => `138${String(i).padStart(8, '0')}`);
    for (const phone of phones) expect(memo(phone)).toEqual(normalizeCell(phone, field, chinaContext));
    // Past the probe, a repeated phone gets a result of its own.
    expect(memo(phones[2999]!)).not.toBe(memo(phones[2999]!));
    expect(memo(phones[2999]!)).toEqual(normalizeCell(phones[2999]!, field, chinaContext));
  });

  it('keeps sharing date cells by day in a column whose first cells hardly repeat', () => {
    const field = fieldFor('birthday');
    const memo = memoizedNormalizer(field, chinaContext);
    // 3,000 different birthdays first: too few repeats to keep the text and number caches.
    for (let i = 0; i < 3000; i++) memo(new Date(Date.UTC(1960, 0, 1 + i)));
    for (let i = 0; i < 3000; i++) memo(`${1960 + (i % 40)}/1/${1 + (i % 28)}x${i}`);
    const day = Date.UTC(1970, 5, 1);
    expect(memo(new Date(day))).toBe(memo(new Date(day)));
    expect(memo(new Date(day))).toEqual(normalizeCell(new Date(day), field, chinaContext));
  });
});
