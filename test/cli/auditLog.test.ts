import fc from 'fast-check';
import { auditLogMaker } from '../../cli/auditLog';
import type { CellValue } from '../../shared/core/cell';
import { appendAudit, AUDIT_SHEET, type AuditEntry } from '../../shared/core/safety/audit';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

async function logOf(port: MemoryWorkbook, rowsBefore: number, chunk?: (bytes: Uint8Array) => void): Promise<string | null> {
  const make = await auditLogMaker(port, rowsBefore);
  if (make === null) return null;
  const parts: Buffer[] = [];
  make((bytes) => {
    chunk?.(bytes);
    parts.push(Buffer.from(bytes));
  });
  return Buffer.concat(parts).toString('utf8');
}

const entry: fc.Arbitrary<AuditEntry> = fc.record({
  time: fc.constant('2026-12-05T19:00:00.000Z'),
  user: fc.oneof(fc.constant(null), fc.constantFrom('root', '王芳')),
  operation: fc.constantFrom('fix', 'merge', 'import'),
  sheet: fc.constantFrom('Customers', '客户'),
  row: fc.oneof(fc.constant(null), fc.integer({ min: 2, max: 1_000_000 })),
  field: fc.constantFrom('phone', 'name'),
  oldValue: fc.string({ unit: 'grapheme', maxLength: 40 }),
  newValue: fc.string({ unit: 'grapheme', maxLength: 40 }),
});

describe('auditLogMaker', () => {
  it('writes one JSON.stringify line per entry the operation appended, none of those before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 5 }), fc.array(entry, { minLength: 1, maxLength: 40 }), async (before, added) => {
        const port = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name']] as CellValue[][] }]);
        await appendAudit(port, before);
        const rowsBefore = (await port.listSheets()).find((s) => s.name === AUDIT_SHEET)?.rowCount ?? 0;
        expect(await logOf(port, rowsBefore)).toBeNull();
        await appendAudit(port, added);
        expect(await logOf(port, rowsBefore)).toBe(added.map((e) => `${JSON.stringify(e)}\n`).join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('hands a long log on in chunks of at most a megabyte', async () => {
    const port = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name']] as CellValue[][] }]);
    const added: AuditEntry[] = Array.from({ length: 20_000 }, (_, i) => ({ time: 't', user: null, operation: 'fix', sheet: '客户', row: i + 2, field: 'name', oldValue: '王芳'.repeat(20), newValue: `王芳 ${i}` }));
    await appendAudit(port, added);
    const sizes: number[] = [];
    const text = await logOf(port, 0, (bytes) => sizes.push(bytes.length));
    expect(text).toBe(added.map((e) => `${JSON.stringify(e)}\n`).join(''));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1 << 20);
  });
});
