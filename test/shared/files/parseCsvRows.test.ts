import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsvRows } from '../../../shared/files/parseCsvRows';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';

/** Trailing all-empty rows, which the reader drops either way. */
function withoutTrailingBlanks(rows: string[][]): string[][] {
  const kept = rows.slice();
  while (kept.length > 0 && kept[kept.length - 1]!.every((cell) => cell === '')) kept.pop();
  return kept;
}

describe('parseCsvRows', () => {
  it('reads, slice by slice, exactly the rows and first quote error papaparse reads from the whole text', () => {
    // Quotes, separators and line breaks in any order, cut into slices of a few characters: every cut lands near a quoted break.
    const text = fc.array(fc.string({ unit: fc.constantFrom('a', '中', ',', ';', '"', '\n', ' ') }), { minLength: 1, maxLength: 50 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (csv, slice) => {
        const whole = Papa.parse<string[]>(csv, { skipEmptyLines: false, newline: '\n', delimiter: ',' });
        const sliced = parseCsvRows(csv, ',', () => {}, undefined, slice);
        expect(withoutTrailingBlanks(sliced.rows)).toEqual(withoutTrailingBlanks(whole.data));
        expect(sliced.quoteError?.row ?? null).toBe(whole.errors.find((e) => e.type === 'Quotes')?.row ?? null);
      }),
      { numRuns: 2000 },
    );
  });

  it('hands each row to convert once, in order, and reports progress rising to 1', () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const { rows } = parseCsvRows('a,b\n"x\ny",z\nc,d\n', ',', (row) => seen.push(row.join('|')), (f) => progress.push(f), 4);
    // The final line break opens an empty last row, as in papaparse's parse of the whole text (the reader drops it).
    expect(rows).toEqual([['a', 'b'], ['x\ny', 'z'], ['c', 'd'], ['']]);
    expect(seen).toEqual(['a|b', 'x\ny|z', 'c|d', '']);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('an unclosed quote is still refused with its row when it opens in a later slice', async () => {
    const csv = `Name,Phone\n${'王芳,13812345678\n'.repeat(100_000)}"unclosed,1\n`;
    await expect(readWorkbookFile(new TextEncoder().encode(csv), 'big.csv')).rejects.toThrow(/unclosed quote near row 100002/);
  });

  it('a .csv read reports its progress', async () => {
    const csv = `Name,Phone\n${'王芳,13812345678\n'.repeat(200_000)}`;
    const progress: number[] = [];
    const workbook = await readWorkbookFile(new TextEncoder().encode(csv), 'big.csv', { onProgress: (f) => progress.push(f) });
    expect(workbook.sheet('big').values).toHaveLength(200_001);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(1);
  });
});
