import fc from 'fast-check';
import { segmentWindow, type Segment } from '../../../../shared/ui/lists/segmentWindow';

/** The same window the slow way: every line placed one by one. */
function byHand(segments: readonly Segment[], from: number, to: number) {
  const lines: Array<{ index: number; top: number; height: number }> = [];
  let y = 0;
  let index = 0;
  for (const { count, height } of segments) {
    for (let k = 0; k < count; k++, index++, y += height) if (height > 0 && y + height > from && y < to) lines.push({ index, top: y, height });
  }
  return { lines, total: y };
}

describe('segmentWindow', () => {
  it('places exactly the lines that overlap the box, as placing each line would', () => {
    const segments = fc.array(fc.record({ count: fc.nat({ max: 60 }), height: fc.integer({ min: 1, max: 90 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(segments, fc.nat({ max: 5000 }), fc.nat({ max: 2000 }), (segs, from, size) => {
        expect(segmentWindow(segs, from, from + size)).toEqual(byHand(segs, from, from + size));
      }),
    );
  });

  it('places a line deep in 300,000 without walking them', () => {
    const { lines, total } = segmentWindow([{ count: 1, height: 32 }, { count: 300_000, height: 88 }], 88 * 250_000, 88 * 250_000 + 500);
    expect(total).toBe(32 + 88 * 300_000);
    expect(lines[0]!.index).toBe(250_000);
    expect(lines.length).toBeLessThan(10);
  });
});
