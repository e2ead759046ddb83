import { assertSheetExtent as assertExtent } from '../../../../shared/files/xlsx/assertSheetExtent';

describe('assertSheetExtent', () => {
  it('opens a real million-row customer sheet with a sixth of its cells blank', () => {
    // The generated 1M x 26 bench file: 21,881,482 cells written of 26,000,026.
    expect(() => assertExtent({ cells: 21_881_482, maxRow: 1_000_001, maxCol: 26, merges: [] }, 'big.xlsx')).not.toThrow();
    // A templated sheet where only name and phone are filled.
    expect(() => assertExtent({ cells: 200_026, maxRow: 100_001, maxCol: 26, merges: [] }, 'blanks.xlsx')).not.toThrow();
    expect(() => assertExtent({ cells: 2_000_026, maxRow: 1_000_001, maxCol: 26, merges: [] }, 'blanks.xlsx')).not.toThrow();
  });

  it('refuses an extent far beyond the cells held, however many that is', () => {
    expect(() => assertExtent({ cells: 1, maxRow: 1_048_576, maxCol: 16_384, merges: [] }, 'far.xlsx')).toThrow(/reaches row 1048576, column 16384 but holds only 1 cells/);
    // A million cells in a column far to the right: 17 billion cells of extent.
    expect(() => assertExtent({ cells: 1_000_000, maxRow: 1_000_000, maxCol: 16_384, merges: [] }, 'wide.xlsx')).toThrow(/holds only 1000000 cells/);
  });
});
