import fc from 'fast-check';
import { neutralizeFormula, restoreNeutralized } from '../../../../shared/core/output/neutralizeFormula';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '=HYPERLINK("http://evil","x")', '@SUM(A1)', '+cmd|x', '-2+3', '\t=1', '\r=1', '-'])('neutralizes %j', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`);
  });
  it.each(['+8613812345678', '-3.5', '+1', 'hello', '王芳', '', "'=already"])('leaves %j alone', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
  it('never lets a result start with a formula trigger unless it is a plain signed number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutralizeFormula(text);
        if (out !== '' && '=+-@\t\r'.includes(out[0]!)) expect(out).toMatch(/^[+-]\d+(\.\d+)?$/);
      }),
    );
  });
  it('reads back what it wrote', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      if (text.startsWith("'")) return;
      expect(restoreNeutralized(neutralizeFormula(text))).toBe(text);
    }));
  });
});
