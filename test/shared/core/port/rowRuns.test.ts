import fc from 'fast-check';
import { rowRuns } from '../../../../shared/core/port/rowRuns';

describe('rowRuns', () => {
  it('groups neighbouring rows into ascending runs, ignoring order and repeats', () => {
    expect(rowRuns([9, 3, 5, 4, 4])).toEqual([{ start: 3, count: 3 }, { start: 9, count: 1 }]);
    expect(rowRuns([])).toEqual([]);
  });

  it('covers exactly the distinct rows given, with gaps between runs', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(200)), (rows) => {
        const runs = rowRuns(rows);
        const covered = runs.flatMap((run) => Array.from({ length: run.count }, (_, k) => run.start + k));
        expect(covered).toEqual([...new Set(rows)].sort((a, b) => a - b));
        for (let k = 1; k < runs.length; k++) expect(runs[k]!.start).toBeGreaterThan(runs[k - 1]!.start + runs[k - 1]!.count);
      }),
    );
  });
});
