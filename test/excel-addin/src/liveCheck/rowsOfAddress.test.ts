import { rowsOfAddress } from '../../../../excel-addin/src/liveCheck/rowsOfAddress';

describe('rowsOfAddress', () => {
  it('lists the 0-based rows of cells, blocks, whole rows and several areas', () => {
    expect(rowsOfAddress('B7')).toEqual([6]);
    expect(rowsOfAddress("'Customers 2'!A2:C4")).toEqual([1, 2, 3]);
    expect(rowsOfAddress('$B$9:$B$8')).toEqual([7, 8]);
    expect(rowsOfAddress('7:9')).toEqual([6, 7, 8]);
    expect(rowsOfAddress('A1,C5:C6')).toEqual([0, 4, 5]);
  });
  it('gives up (null: check everything) on whole columns and nonsense', () => {
    expect(rowsOfAddress('B:B')).toBeNull();
    expect(rowsOfAddress('A1:A1048576')).toBeNull();
    expect(rowsOfAddress('#REF!')).toBeNull();
  });
});
