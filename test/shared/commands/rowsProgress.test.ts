import { generateCustomers } from '../../../bench/generate/generateCustomers';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';

describe('commands tell rows done of rows through env.onRows', () => {
  it('check, status and report tell the customer rows, rising to all of them', async () => {
    const { values } = generateCustomers({ rows: 400, seed: 5, today: '2026-11-22' });
    const told: Array<[number, number]> = [];
    const api = createCoreCommands(MemoryWorkbook.fromSheets([{ name: '客户档案', values }]), { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en', onRows: (done, total) => told.push([done, total]) });
    for (const run of [() => api.check(), () => api.status(), () => api.report({ mask: true })]) {
      told.length = 0;
      const result = await run();
      const rows = (result as { rows?: number }).rows ?? 400;
      expect(told.length).toBeGreaterThan(2);
      expect(told.every(([, total]) => total === rows)).toBe(true);
      expect(told.map(([d]) => d)).toEqual(told.map(([d]) => d).sort((a, b) => a - b));
      expect(told[told.length - 1]![0]).toBe(rows);
    }
  });
});
