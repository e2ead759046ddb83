import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { checkTable } from '../../../../shared/core/validate/checkTable';
import { HEADERS } from '../../../../bench/generate/generateCustomers';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
const cell: fc.Arbitrary<CellValue> = fc.constantFrom<CellValue>('138-1234-5678', '+8613812345678', '12345', ' A@B.COM ', 'a@b.com', 'john@', 'm', 'Platinum', '2024/3/5', '2024-13-45', '2030-01-01', '¥1,234.5', '-3', 'C000001', '', null, 'VIP，团购', '  王   芳 ');
const sheet = fc.array(fc.array(cell, { minLength: HEADERS.en.length, maxLength: HEADERS.en.length }), { minLength: 1, maxLength: 8 });
const headers: readonly string[] = HEADERS.en;
const column = (key: string) => headers.indexOf(defaultTemplate.fields.find((f) => f.key === key)!.label.en);

describe('checkTable', () => {
  it('lists findings by row, then by column', () => {
    fc.assert(fc.property(sheet, (rows) => {
      const table = readCustomerTable(defaultTemplate, { name: 'C', values: [[...HEADERS.en], ...rows] }, context);
      const findings = checkTable(table, { lang: 'en' });
      const order = findings.map((f) => [f.row, column(f.field)] as const);
      for (let k = 1; k < order.length; k++) {
        const [row, col] = order[k]!;
        const [prevRow, prevCol] = order[k - 1]!;
        expect(row > prevRow || (row === prevRow && col >= prevCol)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('puts a row rule’s finding (no phone and no e-mail) at its column, among the row’s other findings', () => {
    const row: CellValue[] = HEADERS.en.map(() => null);
    row[column('name')] = '王芳';
    row[column('gender')] = 'Platinum';
    const table = readCustomerTable(defaultTemplate, { name: 'C', values: [[...HEADERS.en], row] }, context);
    const codes = checkTable(table, { lang: 'en' }).map((f) => f.code);
    expect(codes).toEqual(['id.missing', 'contact.missing', 'enum.unknown']);
  });

  it('with errorsOnly, gives exactly the errors of the full check', () => {
    fc.assert(fc.property(sheet, (rows) => {
      const table = readCustomerTable(defaultTemplate, { name: 'C', values: [[...HEADERS.en], ...rows] }, context);
      expect(checkTable(table, { lang: 'zh', errorsOnly: true })).toEqual(checkTable(table, { lang: 'zh' }).filter((f) => f.severity === 'error'));
    }), { numRuns: 200 });
  });

  it('gives a row the findings it has on its own, whatever rows share its values (a repeated value reuses its sentence)', () => {
    // Findings that compare rows (ids, uniqueness) are left out: on its own a row has no other rows.
    const ofOneRow = ({ code }: { code: string }) => !['id.missing', 'id.duplicate', 'field.duplicate'].includes(code);
    fc.assert(fc.property(sheet, fc.constantFrom<'en' | 'zh'>('en', 'zh'), (rows, lang) => {
      const table = readCustomerTable(defaultTemplate, { name: 'C', values: [[...HEADERS.en], ...rows, ...rows] }, context);
      const together = checkTable(table, { lang }).filter(ofOneRow);
      const alone = [...rows, ...rows].flatMap((row, i) => {
        const single = readCustomerTable(defaultTemplate, { name: 'C', values: [[...HEADERS.en], row] }, context);
        return checkTable(single, { lang }).filter(ofOneRow).map((f) => ({ ...f, row: i + 2 }));
      });
      expect(together).toEqual(alone);
    }), { numRuns: 200 });
  });
});
