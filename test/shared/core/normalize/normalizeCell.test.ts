import fc from 'fast-check';
import { normalizeCell } from '../../../../shared/core/normalize/normalizeCell';
import { standardToCell } from '../../../../shared/core/normalize/standardToCell';
import { cellToText } from '../../../../shared/core/normalize/cellToText';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import type { CellValue } from '../../../../shared/core/cell';
import { chinaContext } from './fieldFor';

const cellArbitrary: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('138-1234-5678', '２０２４年３月５日', ' A@B.COM ', 'm', '¥1,234', '03/05/2024', 'VIP，团购', '=cmd|x', '+86 10 1234 5678'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
  fc.constant(null),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

describe('normalizeCell', () => {
  it('never throws, whatever the cell and field, and a reformat keeps the cell as written', () => {
    fc.assert(
      fc.property(cellArbitrary, fc.constantFrom(...defaultTemplate.fields), (cell, field) => {
        const result = normalizeCell(cell, field, chinaContext);
        expect(['empty', 'ok', 'reformat', 'placeholder', 'invalid']).toContain(result.status);
        // A finding quotes the cell from the result, not from the sheet.
        if (result.status === 'reformat' || result.status === 'placeholder') expect(result.written).toBe(cellToText(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: what fix writes reads back as standard and unchanged', () => {
    fc.assert(
      fc.property(cellArbitrary, fc.constantFrom(...defaultTemplate.fields), (cell, field) => {
        const first = normalizeCell(cell, field, chinaContext);
        if (first.status !== 'reformat') return;
        // Fix writes a list as its suggestion (the user's separators kept), anything else as its standard cell.
        const fixed = field.type === 'list' ? first.suggestion : standardToCell(field, first.value);
        expect(normalizeCell(fixed, field, chinaContext)).toEqual({ status: 'ok', value: first.value });
        // The suggestion typed as text (a CSV cell) is standard too.
        expect(normalizeCell(first.suggestion, field, chinaContext)).toEqual({ status: 'ok', value: first.value });
      }),
      { numRuns: 3000 },
    );
  });

  it('reports spreadsheet errors in any field', () => {
    for (const field of defaultTemplate.fields) {
      expect(normalizeCell({ error: '#N/A' }, field, chinaContext)).toEqual({ status: 'invalid', code: 'cell.error' });
    }
  });

  it('prints cells as a user types them', () => {
    expect(cellToText(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(cellToText(1234567.5)).toBe('1234567.5');
    expect(cellToText({ error: '#N/A' })).toBe('#N/A');
    expect(cellToText(false)).toBe('FALSE');
    expect(cellToText(null)).toBe('');
  });
});

describe('blank cells', () => {
  it('are empty in every field type, never invalid', () => {
    for (const field of defaultTemplate.fields) {
      expect(normalizeCell(null, field, chinaContext)).toEqual({ status: 'empty' });
      expect(normalizeCell('   ', field, chinaContext)).toEqual({ status: 'empty' });
    }
  });
});
