import fc from 'fast-check';
import { mapFormulaReferences, type FormulaReference } from '../../../../shared/files/xlsx/mapFormulaReferences';

const seen = (formula: string): string[] => {
  const refs: string[] = [];
  mapFormulaReferences(formula, (r) => {
    refs.push(named(r));
    return null;
  });
  return refs;
};
const named = (r: FormulaReference) => {
  const end = (e: FormulaReference['first']) => `${e.colAbsolute ? '$' : ''}${e.col},${e.rowAbsolute ? '$' : ''}${e.row}`;
  return `${r.sheet === null ? '' : `${r.sheet}!`}${end(r.first)}${r.last ? `:${end(r.last)}` : ''}`;
};
const downOne = (formula: string) => mapFormulaReferences(formula, (r) => ({ first: { ...r.first, row: r.first.row > 0 ? r.first.row + 1 : 0 }, last: r.last ? { ...r.last, row: r.last.row > 0 ? r.last.row + 1 : 0 } : null }));

describe('mapFormulaReferences', () => {
  it('finds cells, ranges, whole rows and columns, with and without a sheet', () => {
    expect(seen('SUM(D2:D4)+E7*$B$1')).toEqual(['4,2:4,4', '5,7', '$2,$1']);
    expect(seen("客户档案!D2+'My ''Sheet'''!A1:B2+Other!C:C+3:5")).toEqual(['客户档案!4,2', "My 'Sheet'!1,1:2,2", 'Other!3,0:3,0', '0,3:0,5']);
  });

  it('leaves text, functions, names, numbers, structured and external references alone', () => {
    expect(downOne('"A1"&B2')).toBe('"A1"&B3');
    expect(downOne('LOG10(A1)')).toBe('LOG10(A2)');
    expect(downOne('Table1[[#This Row],[A1]]+C3')).toBe('Table1[[#This Row],[A1]]+C4');
    expect(downOne('[1]Sheet1!A1+B2')).toBe('[1]Sheet1!A1+B3');
    expect(downOne('IF(TRUE,1,2)')).toBe('IF(TRUE,1,2)');
    expect(downOne('R1C1+1')).toBe('R1C1+1');
    expect(downOne('XFD1+XFE1')).toBe('XFD2+XFE1');
    expect(downOne('Tax+1.5E10+A1')).toBe('Tax+1.5E10+A2');
    expect(downOne('#REF!+A2')).toBe('#REF!+A3');
  });

  it('writes a reference that went as #REF!, with its sheet', () => {
    expect(mapFormulaReferences('SUM(Sheet1!A1)+B2', (r) => (r.sheet ? 'gone' : null))).toBe('SUM(#REF!)+B2');
  });

  const column = fc.integer({ min: 1, max: 16_384 });
  const row = fc.integer({ min: 1, max: 1_048_576 });
  const letters = (c: number) => {
    let name = '';
    for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const cell = fc.tuple(fc.boolean(), column, fc.boolean(), row).map(([ca, c, ra, r]) => ({ text: `${ca ? '$' : ''}${letters(c)}${ra ? '$' : ''}${r}`, id: `${ca ? '$' : ''}${c},${ra ? '$' : ''}${r}` }));
  const ref = fc.oneof(cell, fc.tuple(cell, cell).map(([a, b]) => ({ text: `${a.text}:${b.text}`, id: `${a.id}:${b.id}` })));
  const filler = fc.constantFrom('+', '*', ',', ')+(', '&" A1 "&', ' + ', '-SUM(', ')/LN(');

  it('sees exactly the references a formula was made of, in order, and writes them back as they were', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ref, filler), { minLength: 1, maxLength: 6 }), (parts) => {
        const formula = parts.map(([r, f]) => r.text + f).join('');
        expect(seen(formula)).toEqual(parts.map(([r]) => r.id));
        expect(mapFormulaReferences(formula, (r) => ({ first: r.first, last: r.last }))).toBe(formula);
      }),
    );
  });
});
