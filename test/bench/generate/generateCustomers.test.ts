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

  it("keeps a person's phone number in their duplicates unless told to give them new contacts", () => {
    const phonesOfDuplicates = (contactless: number) => {
      const { values, truth } = generateCustomers({ rows: 3000, seed: 11, englishNames: 1, headers: 'en', contactless });
      const table = readCustomerTable(defaultTemplate, { name: 'Customers', values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
      const phone = (row: number) => {
        const v = table.rows[row - 2]!.values.phone;
        return v && (v.status === 'ok' || v.status === 'reformat') ? String(v.value) : null;
      };
      const both = truth.duplicatePairs.map(([a, b]) => [phone(a), phone(b)]).filter(([a, b]) => a !== null && b !== null);
      return { both: both.length, same: both.filter(([a, b]) => a === b).length, us: both.filter(([a]) => a!.startsWith('+1')).length };
    };
    // Half of English-named people give a US number, written several ways; it was a new random one on every row.
    const kept = phonesOfDuplicates(0);
    expect(kept.us).toBeGreaterThan(kept.both / 4);
    expect(kept.same).toBe(kept.both);
    const changed = phonesOfDuplicates(1);
    expect(changed.same).toBe(0);
  });

  it('types some values in non-standard forms', () => {
    const table = readCustomerTable(defaultTemplate, { name: 'Customers', values: generated.values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const statuses = table.rows.flatMap((row) => Object.values(row.values).map((v) => v.status));
    expect(statuses.filter((s) => s === 'reformat').length).toBeGreaterThan(500);
    expect(statuses.filter((s) => s === 'invalid').length).toBeGreaterThan(0);
  });
});
