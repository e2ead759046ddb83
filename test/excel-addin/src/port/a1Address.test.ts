import { a1Address, qualifiedAddress } from '../../../../excel-addin/src/port/a1Address';

describe('a1Address', () => {
  it('names columns and blocks as Excel does', () => {
    expect(a1Address(0, 0)).toBe('A1');
    expect(a1Address(1, 1, 3, 2)).toBe('B2:C4');
    expect(qualifiedAddress("O'Brien 客户", 6, 1)).toBe("'O''Brien 客户'!B7");
  });
});
