import { customerSpreadsheet, runSheetActions } from './sheetActions';

jest.setTimeout(900_000);

/**
 * Apps Script's limit is 6 minutes an execution, and each service call is
 * a round trip: an action's calls must not grow with the rows. Every
 * sidebar action and trigger, on 2,000 and on 5,000 rows × 26 columns:
 * no more calls, method by method, except that a sheet grown past its
 * size takes one insert (a sheet never grows by itself). Times are
 * measured by `npm run bench -- sheets`, never here.
 */
describe('service calls per action', () => {
  it('do not grow with the rows, on the faithful stand-in', async () => {
    const small = await runSheetActions(customerSpreadsheet(2000));
    const large = await runSheetActions(customerSpreadsheet(5000));
    expect(large.map((f) => f.action)).toEqual(small.map((f) => f.action));
    const growth = new Set(['insertRowsAfter', 'insertColumnsAfter']);
    for (const [k, f] of large.entries()) {
      const s = small[k]!;
      const without = (m: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(m).filter(([name]) => !growth.has(name)));
      // No method called more often on the larger sheet. (Fewer is possible: merge writes the changed columns
      // in blocks joined where their row spans overlap, so a column with one change at 2,000 rows takes a
      // write of its own that at 5,000 rows shares its neighbour's.)
      const more = Object.entries(without(f.byMethod)).filter(([name, n]) => n > (s.byMethod[name] ?? 0));
      expect({ action: f.action, more }).toEqual({ action: f.action, more: [] });
      // Growing: a sheet Dossier makes starts one column wide and grows once a direction per write at most, whatever the rows.
      const grows = (m: Readonly<Record<string, number>>) => (m.insertRowsAfter ?? 0) + (m.insertColumnsAfter ?? 0);
      expect(grows(f.byMethod)).toBeLessThanOrEqual(grows(s.byMethod) + 1);
      expect(grows(f.byMethod)).toBeLessThanOrEqual(2 * (f.byMethod.setValues ?? 0));
    }
  });
});
