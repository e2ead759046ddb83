import fc from 'fast-check';
import Papa from 'papaparse';
import { onlyCrlf } from '../../../shared/files/onlyCrlf';
import { parseCsvRows } from '../../../shared/files/parseCsvRows';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';

/** CSV-ish text whose line breaks are CRLF, with quotes, separators and CJK around them. */
const crlfText = fc.array(fc.constantFrom('a', '中', ',', '"', ' ', '\r\n', '\r\n', '=1+2'), { minLength: 1, maxLength: 60 }).map((units) => units.join(''));
/** Any mix of CR, LF and CRLF. */
const anyText = fc.array(fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n'), { maxLength: 40 }).map((units) => units.join(''));

async function readOrRefusal(text: string): Promise<unknown> {
  try {
    return (await readWorkbookFile(new TextEncoder().encode(text), 'people.csv')).sheet('people').values;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('onlyCrlf', () => {
  it('is true exactly when there is a CR and every CR is followed by LF and every LF preceded by CR', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(onlyCrlf(text)).toBe(text.includes('\r') && !/\r(?!\n)|(?<!\r)\n/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a CRLF .csv, parsed as it is', () => {
  it('reads the same cells (breaks in quoted cells as LF) and the same refusals as its text with every break made LF', async () => {
    await fc.assert(
      fc.asyncProperty(crlfText, async (text) => {
        fc.pre(text.includes('\r\n'));
        expect(await readOrRefusal(text)).toEqual(await readOrRefusal(text.replace(/\r\n/g, '\n')));
      }),
      { numRuns: 1500 },
    );
  });

  it('slice by slice, the rows and first quote error papaparse reads from the whole CRLF text', () => {
    fc.assert(
      fc.property(crlfText, fc.integer({ min: 1, max: 30 }), (csv, slice) => {
        const whole = Papa.parse<string[]>(csv, { skipEmptyLines: false, newline: '\r\n', delimiter: ',' });
        const sliced = parseCsvRows(csv, ',', () => {}, undefined, slice, '\r\n');
        const trim = (rows: string[][]) => {
          const kept = rows.slice();
          while (kept.length > 0 && kept[kept.length - 1]!.every((cell) => cell === '')) kept.pop();
          return kept;
        };
        expect(trim(sliced.rows)).toEqual(trim(whole.data));
        expect(sliced.quoteError?.row ?? null).toBe(whole.errors.find((e) => e.type === 'Quotes')?.row ?? null);
      }),
      { numRuns: 2000 },
    );
  });
});
