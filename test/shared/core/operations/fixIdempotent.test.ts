import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { readWorkbookFile } from '../../../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { HEADERS } from '../../../../bench/generate/generateCustomers';

const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const };

// Cells as people type them, for any column: right, wrong, and right-but-messy.
const messyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>('138-1234-5678', '(+86)13812345678', '１３８１２３４５６７８', '+1 212 555 0123', '12345', ' A@B.COM ', 'john@', 'm', '女', 'b', 'Platinum', '2024年3月5日', '2024/3/5', '03/05/2024', '2024-13-45', '20240305', '¥1,234.5', '-3', '1,200', 'VIP，团购、VIP', '  王   芳 ', 'ＡＢＣ', '=1+1', '@x', null, ''),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -10, max: 50000 }),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2026, 0, 1)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
);

describe('fix is idempotent', () => {
  it('a fixed sheet has no suggestions left, and fixing it again changes nothing — also after a round trip through .xlsx and .csv', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(messyCell, { minLength: HEADERS.en.length, maxLength: HEADERS.en.length }), { minLength: 1, maxLength: 6 }), fc.constantFrom<'xlsx' | 'csv'>('xlsx', 'csv'), async (rows, format) => {
        const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [[...HEADERS.en], ...rows] }]);
        const first = await checkWorkbook(wb, options);
        await fixWorkbook(wb, first, planFix(first), { now: 'now', snapshot: false });
        const reread = await readWorkbookFile(await writeWorkbookFile(wb, format, { sheet: 'Customers' }), `Customers.${format}`);
        const second = await checkWorkbook(reread, options);
        expect(second.findings.filter((f) => f.suggestion !== null)).toEqual([]);
        expect(second.summary.errors).toBe(first.summary.errors);
        const again = await fixWorkbook(reread, second, planFix(second), { now: 'now', snapshot: false });
        expect(again.changed).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
