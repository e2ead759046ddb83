import fc from 'fast-check';
import { jaroWinkler } from '../../../../shared/core/dedupe/jaroWinkler';

/** The textbook definition, written plainly, to hold the fast version to. */
function reference(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  const aChars = a.split('').filter((_, i) => aMatched[i]);
  const bChars = b.split('').filter((_, j) => bMatched[j]);
  const transpositions = aChars.filter((ch, k) => ch !== bChars[k]).length;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

describe('jaroWinkler', () => {
  it('gives the published figures for the classic examples', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('compares Chinese addresses character by character', () => {
    expect(jaroWinkler('北京市朝阳区建国路88号', '北京市朝阳区建国路88号')).toBe(1);
    expect(jaroWinkler('北京市朝阳区建国路88号', '北京市朝阳区建国路86号')).toBeGreaterThan(0.9);
  });

  it('equals the plain definition for any two strings, long ones after short ones included', () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[北京市朝阳区路号0-9ab]{0,150}$/));
    fc.assert(fc.property(text, text, (a, b) => expect(jaroWinkler(a, b)).toBe(reference(a, b))));
  });
});
