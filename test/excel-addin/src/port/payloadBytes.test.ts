import fc from 'fast-check';
import { cellPayloadBytes, chunkRowsByPayload } from '../../../../excel-addin/src/port/payloadBytes';

describe('payloadBytes', () => {
  it('counts non-ASCII text at UTF-8 width', () => {
    expect(cellPayloadBytes('ab')).toBe(5);
    expect(cellPayloadBytes('王芳')).toBe(2 + 4 + 3);
    expect(cellPayloadBytes(12)).toBe(20);
  });

  it('chunks cover every row once, in order, within budget and cell cap (a lone oversized row excepted)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 300 }), fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 50 }), (rows, budget, maxCells) => {
        const chunks = chunkRowsByPayload(rows, 3, budget, maxCells);
        let next = 0;
        for (const chunk of chunks) {
          expect(chunk.start).toBe(next);
          expect(chunk.count).toBeGreaterThan(0);
          const bytes = rows.slice(chunk.start, chunk.start + chunk.count).reduce((a, b) => a + b, 0);
          if (chunk.count > 1) {
            expect(bytes).toBeLessThanOrEqual(budget);
            expect(chunk.count * 3).toBeLessThanOrEqual(Math.max(3, maxCells));
          }
          next += chunk.count;
        }
        expect(next).toBe(rows.length);
      }),
    );
  });
});
