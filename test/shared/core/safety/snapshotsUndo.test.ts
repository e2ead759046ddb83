import fc from 'fast-check';
import type { CellValue } from '../../../../shared/core/cell';
import { checkWorkbook } from '../../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../../shared/core/operations/fix';
import { AUDIT_SHEET } from '../../../../shared/core/safety/audit';
import { listSnapshots, restoreSnapshot, undoLast } from '../../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';

const sheet: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Created', 'Total Spend'],
  ['C001', ' 王芳 ', '138-1234-5678', ' Wang@QQ.com', '2024年3月5日', '¥1,234'],
  [null, 'John Smith', '+1 212 555 0123', 'john@x.com', new Date(Date.UTC(2024, 2, 5)), 88],
  ['C003', '张伟', '12345', null, '2024-13-45', null],
];
const options = { template: defaultTemplate, today: '2026-11-22', lang: 'en' as const };

async function fixOnce(wb: MemoryWorkbook, now = '2026-11-22T10:00:00Z') {
  const report = await checkWorkbook(wb, options);
  return fixWorkbook(wb, report, planFix(report), { now, user: 'alice' });
}

describe('snapshots and undo', () => {
  it('undo restores every value and number format a fix changed, exactly', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet, formats: [[], ['', '', '@', '', '', '"¥"#,##0']] }]);
    const before = await wb.readSheet('Customers', { formats: true });
    const { changed, snapshot } = await fixOnce(wb);
    expect(changed.length).toBeGreaterThan(5);
    expect(snapshot).toMatchObject({ id: 1, operation: 'fix', sheets: [{ name: 'Customers', existed: true, rows: 4 }] });
    expect((await wb.readSheet('Customers')).values).not.toEqual(before.values);
    await undoLast(wb);
    expect(await wb.readSheet('Customers', { formats: true })).toEqual(before);
    // The snapshot is consumed; its hidden copies are gone.
    expect(await listSnapshots(wb)).toEqual([]);
    expect(wb.sheetNames().filter((n) => n.startsWith('_dossier_snap'))).toEqual([]);
  });

  it('keeps the last N snapshots and restores any of them, undoing the newer operations first', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const states: (readonly (readonly CellValue[])[])[] = [];
    for (let k = 0; k < 12; k++) {
      states.push((await wb.readSheet('Customers')).values);
      await wb.writeValues('Customers', 1, 1, [[`name ${k}`]]);
      await fixOnce(wb, `2026-11-22T10:${String(k).padStart(2, '0')}:00Z`);
    }
    const kept = await listSnapshots(wb);
    expect(kept.map((s) => s.id)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    await restoreSnapshot(wb, 5);
    // Every cell the fixes 5-12 changed is back as before fix 5; the name a person typed in between (no operation touched it) is their latest.
    const expected = states[4]!.map((row) => [...row]);
    expected[1]![1] = 'name 11';
    expect((await wb.readSheet('Customers')).values).toEqual(expected);
    // Snapshots 5-12 are consumed: their changes no longer apply to what is there.
    expect((await listSnapshots(wb)).map((s) => s.id)).toEqual([3, 4]);
  });

  it('keeps only the changed cells: ten fixes of a 20,000-row sheet stay far below a copy of it', async () => {
    const rows: CellValue[][] = [sheet[0]!];
    for (let r = 1; r <= 20_000; r++) rows.push([`C${String(r).padStart(5, '0')}`, `n${r}`, r % 100 === 0 ? '138-1234-5678' : '+8613812345678', `a${r}@b.com`, null, r]);
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: rows }]);
    await fixOnce(wb);
    const store = wb.sheetNames().find((n) => n.startsWith('_dossier_snap'))!;
    const cells = wb.sheet(store).values.flat().length;
    const text = wb.sheet(store).values.flat().join('').length;
    // 200 phones changed: a few kilobytes in one column, not 120,000 cells.
    expect(cells).toBeLessThan(5);
    expect(text).toBeLessThan(20_000);
  });

  it('refuses to restore, changing nothing, when rows were deleted since the operation', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    await fixOnce(wb);
    const after = (await wb.readSheet('Customers')).values;
    await wb.replaceValues('Customers', after.slice(0, 2).map((r) => [...r]));
    const now = await wb.readSheet('Customers');
    await expect(undoLast(wb)).rejects.toThrow(/Rows were deleted from "Customers"/);
    expect(await wb.readSheet('Customers')).toEqual(now);
    expect(await listSnapshots(wb)).toHaveLength(1);
  });

  it('keeps the rows people added after the operation when it is undone', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const before = (await wb.readSheet('Customers')).values;
    await fixOnce(wb);
    const added: CellValue[] = ['C004', 'New', '13900000000', null, null, null];
    await wb.writeValues('Customers', sheet.length, 0, [added]);
    await undoLast(wb);
    expect((await wb.readSheet('Customers')).values).toEqual([...before, added]);
  });

  it('logs every change with time, user, operation, row, field, old and new value', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const { changed } = await fixOnce(wb);
    const audit = (await wb.readSheet(AUDIT_SHEET)).values;
    expect(audit).toHaveLength(changed.length + 1);
    expect(audit).toContainEqual(['2026-11-22T10:00:00Z', 'alice', 'fix', 'Customers', 2, 'phone', '138-1234-5678', '+8613812345678']);
  });

  it('refuses to write when the sheet changed after it was read, and writes nothing', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
    const report = await checkWorkbook(wb, options);
    await wb.writeValues('Customers', 3, 1, [['changed by a co-author']]);
    const snapshotOf = await wb.readSheet('Customers');
    await expect(fixWorkbook(wb, report, planFix(report), { now: 'x' })).rejects.toThrow(/changed while Dossier was working/);
    expect(await wb.readSheet('Customers')).toEqual(snapshotOf);
    expect(wb.hasSheet(AUDIT_SHEET)).toBe(false);
  });

  it('fix then undo is the identity for any sheet of messy values', async () => {
    const messy = fc.constantFrom<CellValue>('138-1234-5678', ' A@B.COM ', 'm', '2024/3/5', '¥1,000', null, 'x', 42, new Date(Date.UTC(2020, 0, 1)), '=1+1');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(messy, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [sheet[0]!, ...rows.map((r) => ['C1', 'n', ...r.slice(2)])] }]);
        const before = await wb.readSheet('Customers');
        await fixOnce(wb);
        await undoLast(wb);
        expect(await wb.readSheet('Customers')).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
