import { readCustomerTable } from '../../../../shared/core/table/readCustomerTable';
import { tableColumn, tableSubset } from '../../../../shared/core/table/tableColumn';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
const table = readCustomerTable(defaultTemplate, {
  name: 'C',
  values: [
    ['Name', 'Phone'],
    ['王芳', '138 1234 5678'],
    ['Li Lei', 'not a phone'],
    ['张伟', '+8613912345678'],
  ],
}, context);

describe('tableColumn', () => {
  it('gives a field of every row, parallel to the rows, as each row reads it', () => {
    const phones = tableColumn(table, 'phone');
    expect(phones).toHaveLength(3);
    table.rows.forEach((row, i) => expect(phones[i]).toBe(row.values.phone));
  });

  it('holds the very values a row holds, whichever of the two is read first', () => {
    const fresh = readCustomerTable(defaultTemplate, { name: 'C', values: [['Name', 'Phone', 'Email'], ['王芳', '138 1234 5678', 'A@QQ.com'], ['Li Lei', 'not a phone', null]] }, context);
    const phoneOfRow = fresh.rows[1]!.values.phone;
    const emails = tableColumn(fresh, 'email');
    expect(tableColumn(fresh, 'phone')[1]).toBe(phoneOfRow);
    expect(fresh.rows[0]!.values.email).toBe(emails[0]);
    expect(emails[0]).toEqual({ status: 'reformat', value: 'a@qq.com', suggestion: 'a@qq.com', written: 'A@QQ.com' });
    expect(phoneOfRow).toEqual({ status: 'invalid', code: 'phone.invalid' });
  });

  it('gathers the column from the rows of a table the reader did not make', () => {
    const copy = { ...table, rows: [table.rows[2]!] };
    expect(tableColumn(copy, 'name')).toEqual([table.rows[2]!.values.name]);
  });
});

describe('tableSubset', () => {
  it('keeps the chosen rows in order and their columns alike', () => {
    const subset = tableSubset(table, [2, 0]);
    expect(subset.rows.map((r) => r.rowNumber)).toEqual([4, 2]);
    expect(tableColumn(subset, 'phone')).toEqual([tableColumn(table, 'phone')[2], tableColumn(table, 'phone')[0]]);
    subset.rows.forEach((row, i) => expect(tableColumn(subset, 'name')[i]).toBe(row.values.name));
  });
});
