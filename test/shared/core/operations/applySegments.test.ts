import { applySegments } from '../../../../shared/core/operations/applySegments';
import { undoLast } from '../../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const, now: 'now' };
const sheet = [
  ['Name', 'Total Spend', 'Orders', 'First Purchase', 'Last Purchase', 'Grade'],
  ['王芳', 800, 10, '2024-01-01', '2026-11-01', 'C'],
  ['张伟', 150, 3, '2026-10-01', '2026-10-01', 'B'],
  ['John', 50, 1, '2023-01-01', '2024-06-01', null],
  ['Mary', null, null, null, null, 'A'],
];

describe('applySegments', () => {
  it('writes only the cells whose segment changes, adds a missing Stage column, and undoes', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const { changed } = await applySegments(wb, { ...options, grade: true, stage: true });
    const values = wb.sheet('Customers').values;
    expect(values.map((r) => r[5])).toEqual(['Grade', 'A', 'B', 'C', 'D']);
    expect(values.map((r) => r[6])).toEqual(['Stage', 'Loyal', 'New', 'Churned', 'Prospect']);
    expect(changed).toBe(3 + 4);
    await undoLast(wb);
    // As a host holds it: a row ends at its last value (the cleared Stage cells and John's empty grade leave no cells).
    const trimmed = (rows: ReadonlyArray<ReadonlyArray<unknown>>) =>
      rows.map((row) => {
        const out = [...row];
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        return out;
      });
    expect(trimmed(wb.sheet('Customers').values)).toEqual(trimmed(sheet));
  });

  it('writes nothing the user did not ask for', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    await applySegments(wb, { ...options, grade: false, stage: true });
    expect(wb.sheet('Customers').values.map((r) => r[5])).toEqual(['Grade', 'C', 'B', null, 'A']);
  });
});
