import JSZip from 'jszip';
import Papa from 'papaparse';
import { writeWorkbookFile } from '../../../shared/files/writeWorkbookFile';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';

const payloads = [' =1+1', '\u00a0=1+1', '\u3000=1+1', '\u200b=1+1', '\n=1+1', '＝1+1', '＋1+1', '－1+1', '＠SUM(A1)', 'x;=1+1', 'a\t=1+1', 'a|=1+1'];
const book = () => MemoryWorkbook.fromSheets([{ name: 'S', values: [['Name'], ...payloads.map((p) => [p])] }]);

describe('formula injection in written files', () => {
  it('a .csv opened with any common separator never yields a cell that starts a formula', async () => {
    const text = new TextDecoder().decode(await writeWorkbookFile(book(), 'csv')).replace(/^\uFEFF/, '');
    for (const delimiter of [',', ';', '\t', '|']) {
      const cells = Papa.parse<string[]>(text, { delimiter }).data.flat();
      for (const cell of cells) expect(cell.replace(/^[\s\u200b\ufeff]+/u, '')).not.toMatch(/^[=+\-@＝＋－＠]/);
    }
  });

  it('a .csv reads back as the values written', async () => {
    const back = await readWorkbookFile(await writeWorkbookFile(book(), 'csv'), 'S.csv');
    expect((await back.readSheet('S')).values.slice(1).map((r) => r[0])).toEqual(payloads);
  });

  it('an .xlsx holds formula-like text as a plain string cell with the text format, no apostrophe, no formula', async () => {
    const bytes = await writeWorkbookFile(book(), 'xlsx');
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? sheet;
    expect(strings).not.toMatch(/<t[^>]*>'/);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    // '@' is built-in number format 49.
    expect(styles).toMatch(/numFmtId="49"/);
    const back = await readWorkbookFile(bytes, 'S.xlsx');
    expect((await back.readSheet('S')).values.slice(1).map((r) => r[0])).toEqual(payloads);
  });
});
