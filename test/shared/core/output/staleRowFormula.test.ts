import { staleRowFormula } from '../../../../shared/core/output/staleRowFormula';

describe('staleRowFormula', () => {
  it('marks non-empty rows whose later date is too old, or that have neither date', () => {
    expect(staleRowFormula([20, 24], 26, 180, 2)).toBe('=AND(COUNTA($A2:$Z2)>0,OR(AND($U2="",$Y2=""),TODAY()-MAX($U2,$Y2)>180))');
    expect(staleRowFormula([3], 5, 90.5, 2)).toBe('=AND(COUNTA($A2:$E2)>0,OR(AND($D2=""),TODAY()-$D2>90))');
  });
});

describe('staleRowFormula below a title', () => {
  it('is written for the range\'s first row, wherever the header stands', () => {
    expect(staleRowFormula([4], 5, 30, 4)).toBe('=AND(COUNTA($A4:$E4)>0,OR(AND($E4=""),TODAY()-$E4>30))');
  });
});
