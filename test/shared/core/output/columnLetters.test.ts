import { columnLetters } from '../../../../shared/core/output/columnLetters';

describe('columnLetters', () => {
  it('names columns as Excel and Sheets do', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });
});
