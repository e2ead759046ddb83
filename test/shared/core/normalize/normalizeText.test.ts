import { normalizeCell } from '../../../../shared/core/normalize/normalizeCell';
import { normalizeText } from '../../../../shared/core/normalize/normalizeText';
import { normalizeList } from '../../../../shared/core/normalize/normalizeList';
import type { CellValue } from '../../../../shared/core/cell';
import fc from 'fast-check';
import { collapseSpaces } from '../../../../shared/core/normalize/collapseSpaces';
import { foldLatinWidth } from '../../../../shared/core/normalize/foldLatinWidth';
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
    const unit = fc.constantFrom('a', 'Z', '9', '-', ' ', '  ', '\t', '\n', '王', '芳', 'Ａ', '１', '　', '①', 'é', 'e\u0301', '~', '\u00a0', '，', '。', '（', '）', '“', '”', '、', '：');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (cell) => {
      const standard = collapseSpaces(foldLatinWidth(cell));
      const expected = standard === '' ? { status: 'empty' } : standard === cell ? { status: 'ok', value: cell } : { status: 'reformat', value: standard, suggestion: standard, written: cell };
      expect(text(cell)).toEqual(expected);
    }), { numRuns: 5000 });
  });
});

describe('normalizeList', () => {
  it('drops items that stand for nothing, and a list of nothing else is a placeholder (fix clears it once, not in two steps)', () => {
    expect(tags('VIP, -')).toEqual({ status: 'reformat', value: ['VIP'], suggestion: 'VIP', written: 'VIP, -' });
    expect(tags('无、会员')).toEqual({ status: 'reformat', value: ['会员'], suggestion: '会员', written: '无、会员' });
    expect(tags('-,')).toEqual({ status: 'placeholder', written: '-,' });
    expect(tags('N/A; —')).toEqual({ status: 'placeholder', written: 'N/A; —' });
  });

  it('splits on every separator, drops repeats, blanks and stray spaces, and keeps the separators written', () => {
    expect(tags('VIP，团购、 VIP;;  母婴')).toEqual({ status: 'reformat', value: ['VIP', '团购', '母婴'], suggestion: 'VIP，团购、母婴', written: 'VIP，团购、 VIP;;  母婴' });
    expect(tags('VIP, 团购')).toEqual({ status: 'ok', value: ['VIP', '团购'] });
    expect(tags(' , ，')).toEqual({ status: 'empty' });
  });

  it.each(['会员、企业客户', '会员，企业客户', 'VIP,团购', 'VIP, 团购', 'VIP;团购；母婴', '会员、VIP, 团购'])('leaves %s as written', (list) => {
    expect(tags(list)).toMatchObject({ status: 'ok' });
  });

  it.each([
    ['会员、、企业客户', '会员、企业客户'],
    ['会员、企业客户、会员', '会员、企业客户'],
    [' 会员 、 企业客户 ', '会员、企业客户'],
    ['VIP ,  团购,', 'VIP, 团购'],
    ['ＶＩＰ，vip，团购', 'VIP，团购'],
  ])('%s becomes %s', (list, standard) => {
    expect(tags(list)).toMatchObject({ status: 'reformat', suggestion: standard });
  });
});

describe('width folding in free text', () => {
  const notes = (value: string) => normalizeText(value, fieldFor('notes'), chinaContext);
  it('folds full-width Latin letters, digits and spaces, and leaves CJK punctuation', () => {
    expect(notes('“老客户”，请优先处理。')).toEqual({ status: 'ok', value: '“老客户”，请优先处理。' });
    expect(notes('《合同》已签；待回访（周三）！')).toMatchObject({ status: 'ok' });
    expect(notes('订单号ＡＢ１２３，已发货')).toMatchObject({ status: 'reformat', suggestion: '订单号AB123，已发货' });
    expect(notes('已联系　明天回访')).toMatchObject({ status: 'reformat', suggestion: '已联系 明天回访' });
  });

  it('any clean Chinese sentence in notes, company or address checks clean', () => {
    const word = fc.string({ unit: fc.constantFrom(...'客户公司北京市朝阳区路号室请优先处理已联系老新的和有限责任科技上海深圳ABCabc0123'), minLength: 1, maxLength: 6 });
    const mark = fc.constantFrom('，', '。', '、', '；', '：', '？', '！', '（', '）', '《', '》', '“', '”', '——', '…', '·');
    const sentence = fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([w, m]) => w + m).join(''));
    fc.assert(fc.property(sentence, fc.constantFrom('notes', 'company', 'address'), (text, key) => {
      expect(normalizeCell(text, fieldFor(key), chinaContext)).toEqual({ status: 'ok', value: text });
    }), { numRuns: 3000 });
  });
});

describe('very long text', () => {
  it('is an error beyond what a spreadsheet cell holds, never cut', () => {
    expect(normalizeText('x'.repeat(50_000), fieldFor('notes'), chinaContext)).toEqual({ status: 'invalid', code: 'text.tooLong', params: { max: 32_767 } });
    expect(normalizeText('x'.repeat(32_767), fieldFor('notes'), chinaContext)).toMatchObject({ status: 'ok' });
  });
});
