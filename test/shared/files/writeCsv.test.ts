import fc from 'fast-check';
import Papa from 'papaparse';
import type { CellValue } from '../../../shared/core/cell';
import { cellToText } from '../../../shared/core/normalize/cellToText';
import { restoreNeutralized } from '../../../shared/core/output/neutralizeFormula';
import { writeCsv } from '../../../shared/files/writeCsv';
import { writeCsvTo } from '../../../shared/files/writeCsvTo';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('writeCsv', () => {
  it('reads back, cell for cell, as the text of what it wrote', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ unit: fc.constantFrom('a', '中', ' ', ',', ';', '\t', '|', '"', '\r', '\n', '=', '+', '@', "'", '\ufeff') }),
      fc.double(),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
    );
    fc.assert(
      // Each row opens with an id, as customer rows do: a lone empty cell is an empty line, which a parser skips.
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }).map((cells): CellValue[] => ['C1', ...cells]), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = decode(writeCsv(rows));
        expect(text.startsWith('\ufeff')).toBe(true);
        expect(text.endsWith('\r\n')).toBe(true);
        const back = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n', delimiter: ',' }).data;
        expect(back.map((row) => row.map(restoreNeutralized))).toEqual(rows.map((row) => row.map((c) => cellToText(c))));
      }),
      { numRuns: 500 },
    );
  });

  it('quotes a field holding any common separator or an edge space, and neutralizes formulas', () => {
    expect(decode(writeCsv([['x;=1+1', 'a\tb', 'p|q', ' lead', 'trail ', 'plain', '=SUM(A1)', 'say "hi"']]))).toBe('\ufeff"x;=1+1","a\tb","p|q"," lead","trail ",plain,\'=SUM(A1),"say ""hi"""\r\n');
  });

  it('writes each row as long as it is, an empty sheet as one empty line, and reports progress to 1', () => {
    const progress: number[] = [];
    expect(decode(writeCsv([['a', 'b', 'c'], [], [null, 'd']], (f) => progress.push(f)))).toBe('\ufeffa,b,c\r\n\r\n,d\r\n');
    expect(progress[progress.length - 1]).toBe(1);
    expect(decode(writeCsv([]))).toBe('\ufeff\r\n');
  });
});

describe('writeCsv over many pieces', () => {
  it('writes the bytes of the whole text, however the rows grow from piece to piece (the buffer sized from the first)', () => {
    // Short rows first, then rows a hundred times longer: the first guess falls short and the buffer grows mid-piece.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom('a', '中', '😀'), (count, width, unit) => {
        const rows: CellValue[][] = Array.from({ length: count }, (_, r) => [`C${r}`, r < 4096 ? unit : unit.repeat(width), r]);
        const expected = `\ufeff${rows.map((row) => `${row[0]},${row[1]},${row[2]}\r\n`).join('')}`;
        expect(Buffer.from(writeCsv(rows)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('writeCsvTo', () => {
  it('hands on chunks whose bytes are writeCsv’s, a cell longer than a chunk included', () => {
    const rows: CellValue[][] = [['C1', `${'中'.repeat(500_000)}x😀`, 'a'.repeat(1_500_000)], ['C2', '=1+1', null], []];
    const chunks: Buffer[] = [];
    writeCsvTo(rows, (bytes) => chunks.push(Buffer.from(bytes)));
    expect(chunks.length).toBeGreaterThan(2);
    const expected = `\ufeffC1,${'中'.repeat(500_000)}x😀,${'a'.repeat(1_500_000)}\r\nC2,'=1+1,\r\n\r\n`;
    expect(Buffer.concat(chunks).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(Buffer.from(writeCsv(rows)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
});
