import { generateCustomers, HEADERS } from '../../../bench/generate/generateCustomers';
import { readCustomerTable } from '../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';

describe('generateCustomers', () => {
  const generated = generateCustomers({ rows: 500, seed: 7 });

  it('makes the asked number of rows under a template header', () => {
    expect(generated.values).toHaveLength(501);
    expect(generated.values[0]).toEqual([...HEADERS.zh]);
    const table = readCustomerTable(defaultTemplate, { name: 'Customers', values: generated.values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    expect(table.mapping.missing).toEqual([]);
    expect(table.rows).toHaveLength(500);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCustomers({ rows: 500, seed: 7 }).values).toEqual(generated.values);
    expect(generateCustomers({ rows: 500, seed: 8 }).values).not.toEqual(generated.values);
  });

  it('records duplicate pairs that point at real, distinct rows sharing an identifier or a name', () => {
    const { duplicatePairs, hardNegativePairs } = generated.truth;
    expect(duplicatePairs.length).toBeGreaterThan(20);
    expect(hardNegativePairs.length).toBeGreaterThan(3);
    for (const [a, b] of [...duplicatePairs, ...hardNegativePairs]) {
      expect(a).toBeLessThan(b);
      expect(b).toBeLessThanOrEqual(501);
      expect(a).toBeGreaterThanOrEqual(2);
    }
  });

  it('types some values in non-standard forms', () => {
    const table = readCustomerTable(defaultTemplate, { name: 'Customers', values: generated.values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const statuses = table.rows.flatMap((row) => Object.values(row.values).map((v) => v.status));
    expect(statuses.filter((s) => s === 'reformat').length).toBeGreaterThan(500);
    expect(statuses.filter((s) => s === 'invalid').length).toBeGreaterThan(0);
  });
});
