import { generateCustomers } from '../../../../bench/generate/generateCustomers';
import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { checkTable } from '../../../../shared/core/validate/checkTable';

describe('checkTable progress', () => {
  it('tells rows done of rows, rising to all of them, a few dozen times however many rows, and finds the same', () => {
    const { values } = generateCustomers({ rows: 3000, seed: 3, today: '2026-11-22' });
    const read = () => readCustomerTable(defaultTemplate, { name: 'C', values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const told: Array<[number, number]> = [];
    const findings = checkTable(read(), { lang: 'en', onProgress: (done, total) => told.push([done, total]) });
    expect(told.length).toBeGreaterThan(4);
    expect(told.length).toBeLessThan(100);
    expect(told.every(([, total]) => total === 3000)).toBe(true);
    const done = told.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[done.length - 1]).toBe(3000);
    expect(findings).toEqual(checkTable(read(), { lang: 'en' }));
  });
});
