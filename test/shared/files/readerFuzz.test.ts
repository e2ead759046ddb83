import fc from 'fast-check';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { isDossierError } from '../../../shared/core/errors';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { generateCustomers } from '../../../bench/generate/generateCustomers';

/** Reading must end in a workbook or in a DossierError (a sentence), never a crash or another error. */
async function readsOrExplains(bytes: Uint8Array, name: string): Promise<'read' | 'refused'> {
  try {
    await readWorkbookFile(bytes, name);
    return 'read';
  } catch (error) {
    if (!isDossierError(error)) throw error;
    expect(error.messageIn('en')).toMatch(/\S/);
    return 'refused';
  }
}

describe('reader fuzzing', () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await writeWorkbookFile(MemoryWorkbook.fromSheets([{ name: 'C', values: generateCustomers({ rows: 40, seed: 1 }).values }]), 'xlsx');
  });

  it('a truncated or corrupted .xlsx is read or refused with a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), async (at, byte, truncate) => {
        const cut = at % xlsx.length;
        const bytes = truncate ? xlsx.slice(0, cut) : Uint8Array.from(xlsx, (b, i) => (i === cut ? byte : b));
        await readsOrExplains(bytes, 'fuzz.xlsx');
      }),
      { numRuns: 60 },
    );
  });

  it('any bytes as .csv, in any of the encodings people send, are read or refused with a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await readsOrExplains(bytes, 'fuzz.csv');
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom('utf8', 'gb18030', 'gbk', 'utf16le', 'big5', 'latin1'), async (text, encoding) => {
        await readsOrExplains(new Uint8Array(iconv.encode(text, encoding)), 'fuzz.csv');
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a zip bomb before inflating it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', 'A'.repeat(60 * 1_048_576));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1_048_576);
    await expect(readWorkbookFile(bomb, 'bomb.xlsx')).rejects.toThrow(/would unpack to 60 MB/);
  });
});
