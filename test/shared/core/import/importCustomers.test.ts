import type { CellValue } from '../../../../shared/core/cell';
import { mapSourceColumns } from '../../../../shared/core/import/mapSourceColumns';
import { parseColumnMap } from '../../../../shared/core/import/parseColumnMap';
import { importCustomers, REJECTED_SHEET } from '../../../../shared/core/operations/importCustomers';
import { AUDIT_SHEET } from '../../../../shared/core/safety/audit';
import { undoLast } from '../../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const context = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
const existing: CellValue[][] = [
  ['客户编号', '姓名', '电话', '邮箱', '公司', '标签', '来源', '更新日期'],
  ['C000001', '王芳', '+8613812345678', 'wang@qq.com', '腾讯', 'VIP', 'Website', new Date(Date.UTC(2025, 0, 1))],
  ['C000002', 'John Smith', '+12125550123', null, null, null, 'Referral', new Date(Date.UTC(2026, 5, 1))],
  ['C000003', '张伟', '+8613900000000', null, null, null, 'Store', null],
];

function workbook() {
  return MemoryWorkbook.fromSheets([{ name: '客户档案', values: existing }]);
}

function source(rows: CellValue[][]) {
  return { name: 'event', values: rows };
}

const options = { template: defaultTemplate, lang: 'en' as const, context, now: '2026-11-22T10:00:00Z' };

describe('mapSourceColumns', () => {
  it('maps renamed and reordered headers in both languages, joins split names and addresses, reports the rest', () => {
    const mapping = mapSourceColumns(defaultTemplate, ['Mobile', 'Last name', 'First name', 'Org', '区县', '街道', 'Shoe size']);
    expect(mapping.fields.get('phone')).toEqual([0]);
    expect(mapping.fields.get('name')).toEqual([1, 2]);
    expect(mapping.fields.get('address')).toEqual([4, 5]);
    expect(mapping.unmapped.map((u) => u.header)).toEqual(['Org', 'Shoe size']);
    const overridden = mapSourceColumns(defaultTemplate, ['Mobile', 'Org', '手机号码'], parseColumnMap('Org=company,Mobile=', defaultTemplate));
    expect(overridden.fields.get('company')).toEqual([1]);
    expect(overridden.fields.get('phone')).toEqual([2]);
    expect(overridden.unmapped).toEqual([]);
  });

  it('names a bad override', () => {
    expect(() => parseColumnMap('Org=organisation', defaultTemplate)).toThrow(/does not have/);
    expect(() => parseColumnMap('phone', defaultTemplate)).toThrow(/Header=field/);
  });
});

describe('importCustomers', () => {
  const event: CellValue[][] = [
    ['姓', '名', '手机号码', 'E-mail', '标签', 'Updated', '鞋码'],
    ['王', '芳', '138 1234 5678', null, '团购', '2026-11-01', '38'], // existing 王芳, another phone format, newer
    ['Smith', 'John', '+1 (212) 555-0123', 'john@smith.com', null, '2020-01-01', null], // existing John Smith, older row
    ['欧阳', '子墨', '13600001111', 'oy@example.com', null, null, '40'], // new
    ['歐陽', '子墨', '136-0000-1111', null, 'VIP', null, null], // the same new person again, traditional characters
    ['李', '娜', '12345', null, null, null, null], // rejected: bad phone
  ];

  it('dry run counts without writing anything', async () => {
    const wb = workbook();
    const { plan, written } = await importCustomers(wb, source(event), { ...options, dryRun: true });
    expect(written).toBe(false);
    expect(wb.calls.writeValues ?? 0).toBe(0);
    expect(wb.sheetNames()).toEqual(['客户档案']);
    expect(plan.rejected).toHaveLength(1);
  });

  it('updates confident matches, appends new customers once, rejects bad rows with reasons, and is undoable', async () => {
    const wb = workbook();
    const { plan } = await importCustomers(wb, source(event), { ...options, source: '展会活动', keepUnmapped: true });
    expect({ new: plan.newRows.length, updated: plan.updates.length, review: plan.review.length, rejected: plan.rejected.length, merged: plan.mergedWithinSource }).toEqual({ new: 1, updated: 2, review: 0, rejected: 1, merged: 1 });
    const values = wb.sheet('客户档案').values;
    // 王芳: blank email stays (incoming blank), tags united, newer incoming row.
    expect(values[1]).toEqual(['C000001', '王芳', '+8613812345678', 'wang@qq.com', '腾讯', 'VIP, 团购', 'Website', new Date(Date.UTC(2026, 10, 1)), '鞋码: 38']);
    // John Smith: blank email filled from the older incoming row, nothing overwritten.
    expect(values[2]!.slice(0, 4)).toEqual(['C000002', 'John Smith', '+12125550123', 'john@smith.com']);
    expect(values[4]).toEqual(['C000004', '欧阳子墨', '+8613600001111', 'oy@example.com', null, 'VIP', 'Event', null, '鞋码: 40']);
    expect(values[0]![8]).toBe('Notes');
    const rejected = wb.sheet(REJECTED_SHEET).values;
    expect(rejected[1]!.slice(0, 4)).toEqual([6, '李', '娜', '12345']);
    expect(String(rejected[1]![rejected[1]!.length - 1])).toMatch(/not a valid phone/);
    expect(wb.sheet(AUDIT_SHEET).values.length).toBeGreaterThan(4);
    await undoLast(wb);
    expect(wb.sheet('客户档案').values).toEqual(existing);
    expect(wb.hasSheet(REJECTED_SHEET)).toBe(false);
  });

  it('holds an uncertain match for review instead of guessing', async () => {
    const wb = workbook();
    // Same common name and city as 张伟, no shared phone or e-mail: maybe him, maybe not.
    const { plan } = await importCustomers(wb, source([['Name', 'Email', 'Birthday'], ['张伟', 'zw@example.com', '1990-01-01']]), { ...options, threshold: 0.99 });
    expect(plan.updates).toHaveLength(0);
    expect(plan.newRows.length + plan.review.length).toBe(1);
  });

  it('refuses a source with no recognizable column', async () => {
    await expect(importCustomers(workbook(), source([['foo', 'bar'], ['1', '2']]), options)).rejects.toThrow(/No column/);
  });
});

describe('import progress', () => {
  it('tells incoming rows checked of rows, rising to all of them', async () => {
    const rows: CellValue[][] = [['Name', 'Phone'], ...Array.from({ length: 300 }, (_, k): CellValue[] => [`客户${k}`, `1370000${String(k).padStart(4, '0')}`])];
    const reports: Array<[number, number]> = [];
    await importCustomers(workbook(), source(rows), { ...options, dryRun: true, onProgress: (done, total) => reports.push([done, total]) });
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((a, b) => a - b));
    expect(reports[reports.length - 1]).toEqual([300, 300]);
  });
});
