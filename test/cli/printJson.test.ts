import fc from 'fast-check';
import { printJson } from '../../cli/printJson';

function printed(document: unknown): { text: string; writes: number } {
  const pieces: string[] = [];
  printJson(document, (text) => pieces.push(text));
  return { text: pieces.join(''), writes: pieces.length };
}

describe('printJson', () => {
  it('prints exactly what JSON.stringify gives, plus a line break', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)))))), (document) => {
        expect(printed(document).text).toBe(`${JSON.stringify(document)}\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes a long array a piece at a time, never as one string', () => {
    const findings = Array.from({ length: 10_000 }, (_, i) => ({ row: i + 2, field: 'phone', value: `王芳 ${i}` }));
    const { text, writes } = printed({ file: 'a.csv', findings, summary: { errors: 0 } });
    expect(text).toBe(`${JSON.stringify({ file: 'a.csv', findings, summary: { errors: 0 } })}\n`);
    expect(writes).toBeGreaterThan(4);
  });
});
