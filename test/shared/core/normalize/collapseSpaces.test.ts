import fc from 'fast-check';
import { collapseSpaces } from '../../../../shared/core/normalize/collapseSpaces';

/** The definition, step by step, without the shortcut for text that needs nothing. */
function collapsedByDefinition(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\r\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

describe('collapseSpaces', () => {
  it('trims and collapses spaces, tabs and no-break spaces within a line', () => {
    expect(collapseSpaces('  Zhang \t  Wei\u00a0 ')).toBe('Zhang Wei');
  });

  it('keeps line breaks and drops blank lines', () => {
    expect(collapseSpaces('Room 5 \r\n\r\n  Building 2\rBeijing')).toBe('Room 5\nBuilding 2\nBeijing');
  });

  it('returns text that needs nothing unchanged', () => {
    expect(collapseSpaces('Shanghai, Pudong')).toBe('Shanghai, Pudong');
    expect(collapseSpaces('')).toBe('');
  });

  it('always equals the definition', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r', '\u3000', '\u00a0', 'a', '张'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
      const text = pieces.join('');
      expect(collapseSpaces(text)).toBe(collapsedByDefinition(text));
    }), { numRuns: 3000 });
  });
});
