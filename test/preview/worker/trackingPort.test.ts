import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { trackingPort } from '../../../preview/worker/trackingPort';

describe('trackingPort', () => {
  it('counts inserting and deleting rows as writes, so the sheet travels to the vault (merge and undo move rows that way)', async () => {
    const workbook = MemoryWorkbook.fromSheets([{ name: 'A', values: [['x'], ['y']] }, { name: 'B', values: [['x'], ['y']] }, { name: 'C', values: [['x']] }]);
    const tracker = trackingPort(() => workbook, () => undefined);
    tracker.reset(1);
    await tracker.port.deleteRows!('A', [1]);
    await tracker.port.insertRowsAt!('B', [1]);
    await tracker.port.readSheet('C');
    expect([...tracker.written].sort()).toEqual(['A', 'B']);
    expect((await workbook.readSheet('A')).values).toEqual([['x']]);
  });
});
