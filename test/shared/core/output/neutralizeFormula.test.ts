import fc from 'fast-check';
import { isFormulaLike, neutralizeFormula, restoreNeutralized } from '../../../../shared/core/output/neutralizeFormula';

const HIDERS = [' ', '\u00a0', '\u3000', '\u200b', '\u200d', '\u2060', '\ufeff', '\n', '\r\n', '\t', '  \u00a0'];

describe('neutralizeFormula', () => {
  it.each(['=1+1', '=HYPERLINK("http://evil","x")', '@SUM(A1)', '+cmd|x', '-2+3', '\t=1', '\r=1', '-', '＝1+1', '＋cmd', '－2+3', '＠SUM(A1)'])('neutralizes %j', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });
  it.each(HIDERS)('sees through %j before a trigger', (hider) => {
    for (const formula of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '＝1+1']) expect(neutralizeFormula(`${hider}${formula}`)).toBe(`'${hider}${formula}`);
  });
  it.each(['+8613812345678', '-3.5', '+1', ' -3.5', 'hello', '王芳', '', ' 王芳', 'a=b', 'x;=1+1'])('leaves %j alone', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
  it('an apostrophe already in front of a formula gets one more, so reading back gives the text as typed', () => {
    expect(neutralizeFormula("'=already")).toBe("''=already");
    expect(restoreNeutralized("''=already")).toBe("'=already");
    expect(neutralizeFormula("'plain")).toBe("'plain");
  });
  it('never lets a result start, after invisible characters, with a formula trigger unless it is a plain signed number', () => {
    const piece = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '1', 'a', "'", ...HIDERS);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))), (text) => {
        const out = neutralizeFormula(text);
        if (isFormulaLike(text)) expect(out.startsWith("'")).toBe(true);
        const visible = out.replace(/^[\s\u200b-\u200d\u2060\ufeff]+/u, '');
        if (visible !== '' && '=+-@＝＋－＠'.includes(visible[0]!)) expect(visible).toMatch(/^[+-]\d+(\.\d+)?$/);
      }),
    );
  });
  it('reads back what it wrote, whatever the text', () => {
    const piece = fc.constantFrom('=', '+', "'", ' ', '\u200b', '1', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))), (text) => {
        expect(restoreNeutralized(neutralizeFormula(text))).toBe(text);
      }),
    );
  });
});
