import { normalizeText } from '../../../../shared/core/normalize/normalizeText';
import { normalizeList } from '../../../../shared/core/normalize/normalizeList';
import type { CellValue } from '../../../../shared/core/cell';
import fc from 'fast-check';
import { collapseSpaces } from '../../../../shared/core/normalize/collapseSpaces';
import { foldWidth } from '../../../../shared/core/normalize/foldWidth';
import { chinaContext, fieldFor } from './fieldFor';

const text = (value: CellValue) => normalizeText(value, fieldFor('name'), chinaContext);
const tags = (value: CellValue) => normalizeList(value, fieldFor('tags'), chinaContext);

describe('normalizeText', () => {
  it('trims, collapses spaces and folds width', () => {
    expect(text('  王   芳 ')).toEqual({ status: 'reformat', value: '王 芳', suggestion: '王 芳', written: '  王   芳 ' });
    expect(text('ＡＢＣ　公司')).toEqual({ status: 'reformat', value: 'ABC 公司', suggestion: 'ABC 公司', written: 'ＡＢＣ　公司' });
    expect(text('王芳')).toEqual({ status: 'ok', value: '王芳' });
  });
  it('keeps line breaks inside a cell', () => {
    expect(normalizeText('line one  \n  line two', fieldFor('notes'), chinaContext)).toMatchObject({ value: 'line one\nline two' });
  });
  it('reads numbers as their text', () => {
    expect(text(42)).toEqual({ status: 'ok', value: '42' });
  });
  it('gives any text what folding and collapsing make of it', () => {
    const unit = fc.constantFrom('a', 'Z', '9', '-', ' ', '  ', '\t', '\n', '王', '芳', 'Ａ', '　', '①', 'é', 'e\u0301', '~', '\u00a0');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (cell) => {
      const standard = collapseSpaces(foldWidth(cell));
      const expected = standard === '' ? { status: 'empty' } : standard === cell ? { status: 'ok', value: cell } : { status: 'reformat', value: standard, suggestion: standard, written: cell };
      expect(text(cell)).toEqual(expected);
    }), { numRuns: 5000 });
  });
});

describe('normalizeList', () => {
  it('splits on every separator, drops repeats and blanks', () => {
    expect(tags('VIP，团购、 VIP;;  母婴')).toEqual({ status: 'reformat', value: ['VIP', '团购', '母婴'], suggestion: 'VIP, 团购, 母婴', written: 'VIP，团购、 VIP;;  母婴' });
    expect(tags('VIP, 团购')).toEqual({ status: 'ok', value: ['VIP', '团购'] });
    expect(tags(' , ，')).toEqual({ status: 'empty' });
  });
});

describe('very long text', () => {
  it('is an error beyond what a spreadsheet cell holds, never cut', () => {
    expect(normalizeText('x'.repeat(50_000), fieldFor('notes'), chinaContext)).toEqual({ status: 'invalid', code: 'text.tooLong', params: { max: 32_767 } });
    expect(normalizeText('x'.repeat(32_767), fieldFor('notes'), chinaContext)).toMatchObject({ status: 'ok' });
  });
});
