import fc from 'fast-check';
import { foldWidth } from '../../../../shared/core/normalize/foldWidth';

describe('foldWidth', () => {
  it('folds full-width digits, letters, signs and the ideographic space', () => {
    expect(foldWidth('１３８　ＡＢＣ＋（）')).toBe('138 ABC+()');
  });

  it('keeps ASCII and Chinese characters as they are', () => {
    expect(foldWidth('张伟 Zhang Wei, 13812345678')).toBe('张伟 Zhang Wei, 13812345678');
  });

  it('folds CJK compatibility ideographs and composes decomposed accents', () => {
    expect(foldWidth('\uf900')).toBe('\u8c48');
    expect(foldWidth('Jose\u0301')).toBe('José');
  });

  it('always equals Unicode NFKC, whichever path it takes', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('张', '伟', '１', 'Ａ', '　', '\u0301', '\uf900', '，', '・', 'ｶ', '\u309a', 'ﬁ', '①'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      expect(foldWidth(text)).toBe(text.normalize('NFKC'));
    }), { numRuns: 2000 });
  });
});
