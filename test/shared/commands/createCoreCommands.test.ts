import { createCoreCommands, withUserFacingErrors } from '../../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import type { CellValue } from '../../../shared/core/cell';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' as const };
const sheet: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Updated', 'Last Contact', 'Next Follow-up', 'Total Spend'],
  ['C1', '张伟', '138-1234-5678', null, '李娜', '2024-01-01', null, '2026-11-20', 100],
  ['C2', '王芳', '+8613900000000', 'WF@qq.com', '李娜', '2026-11-01', null, null, 50],
  ['C3', '張偉', '+8613812345678', 'zw@163.com', null, '2025-03-01', null, null, 'abc'],
];
const setup = () => {
  const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
  return { wb, api: createCoreCommands(wb, env) };
};

describe('createCoreCommands', () => {
  it('says what to do when there is no customer sheet yet, then applies the template', async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: 'Notes', values: [['hello']] }]);
    const api = createCoreCommands(wb, env);
    const status = await api.status();
    expect(status.sheet).toBeNull();
    // Nothing with rows to map: the pane's own advice (apply the template), not the command line's --sheet.
    expect(status.hint).toBeNull();
    const applied = await api.applyTemplate();
    expect(applied).toMatchObject({ sheet: 'Customers', created: true });
    expect((await api.status()).sheet).toBe('Customers');
  });

  it('a sheet whose headers match nothing: no empty Customers sheet; the mapping screen renames headers in place, undoably', async () => {
    const values = [['Kunde', 'Tel.', 'Notiz'], ['张伟', '13812345678', 'x'], ['王芳', '13900000000', 'y']];
    const wb = MemoryWorkbook.fromSheets([{ name: 'Sheet1', values }]);
    const api = createCoreCommands(wb, env);
    const status = await api.status();
    expect(status.hint).toContain('Map columns');
    expect(status.hint).not.toContain('--sheet');
    await expect(api.applyTemplate()).rejects.toThrow(/do not match the template yet.*nothing was changed/);
    expect(wb.sheetNames()).toEqual(['Sheet1']);
    const mapping = await api.columnMapping!();
    expect(mapping.columns.map((c) => [c.header, c.samples[0], c.choice])).toEqual([['Kunde', '张伟', 'keep'], ['Tel.', '13812345678', 'keep'], ['Notiz', 'x', 'keep']]);
    expect(mapping.fields.find((f) => f.key === 'name')?.label).toBe('Name');
    await expect(api.applyColumnMapping!('Sheet1', [{ col: 0, choice: 'name' }, { col: 1, choice: 'name' }])).rejects.toThrow(/Two columns are mapped to "Name"/);
    const applied = await api.applyColumnMapping!('Sheet1', [{ col: 0, choice: 'name' }, { col: 1, choice: 'phone' }, { col: 2, choice: 'ignore' }]);
    expect(applied.renamed).toBe(2);
    // Renamed in place: same sheet, same rows, only the two headers changed.
    expect(wb.sheetNames().filter((n) => !n.startsWith('_') && n !== 'Audit')).toEqual(['Sheet1']);
    expect(wb.sheet('Sheet1').values).toEqual([['Name', 'Phone', 'Notiz'], ...values.slice(1)]);
    expect((await api.status()).sheet).toBe('Sheet1');
    // Remembered in the workbook: the next visit shows the choices made.
    expect((await api.columnMapping!('Sheet1')).columns.map((c) => c.choice)).toEqual(['name', 'phone', 'ignore']);
    await api.undo();
    expect(wb.sheet('Sheet1').values).toEqual(values);
  });

  it('settings a user cannot act on are refused with a sentence, nothing saved', async () => {
    const { api } = setup();
    const before = await api.getSettings();
    await expect(api.saveSettings({ ...before, region: 'ZZ' })).rejects.toThrow(/"ZZ" is not a country code/);
    await expect(api.saveSettings({ ...before, staleDays: 0 })).rejects.toThrow(/whole number of days from 1/);
    expect(await api.getSettings()).toEqual(before);
  });

  it('status, check, fix preview, apply exactly the chosen changes, and undo', async () => {
    const { wb, api } = setup();
    const status = await api.status();
    expect(status).toMatchObject({ sheet: 'Customers', rows: 3, errors: 1, duplicateClusters: 1, stale: 2, followUpsDue: 1, previousQualityScore: null });
    expect(status.qualityScore).toBeGreaterThan(50);
    const check = await api.check();
    expect(check.columns.phone).toBe(3);
    expect(wb.sheet('Customers').marks.length).toBe(check.findings.length);
    const preview = await api.previewFix();
    const phoneOnly = preview.filter((c) => c.field === 'phone');
    const applied = await api.applyFix(phoneOnly);
    expect(applied.changed).toEqual([{ row: 2, field: 'phone', from: '138-1234-5678', to: '+8613812345678' }]);
    expect(wb.sheet('Customers').values[1]![2]).toBe('+8613812345678');
    expect(wb.sheet('Customers').values[2]![3]).toBe('WF@qq.com'); // not chosen, not changed
    expect((await api.listSnapshots()).map((s) => s.id)).toEqual([applied.snapshotId]);
    expect(await api.undo()).toMatchObject({ operation: 'fix' });
    expect(wb.sheet('Customers').values).toEqual(sheet);
  });

  it('duplicates side by side, merge with a choice, "not duplicates" remembered', async () => {
    const { wb, api } = setup();
    const found = await api.findDuplicates();
    expect(found.clusters).toHaveLength(1);
    const cluster = found.clusters[0]!;
    expect(cluster.rows).toEqual([2, 4]);
    expect(cluster.members[0]!.values.name).toBe('张伟');
    expect(cluster.conflicts.map((c) => c.field)).toContain('name');
    const merged = await api.merge([{ rows: cluster.rows, choices: { name: 2 } }]);
    expect(merged).toMatchObject({ merged: 1, movedRows: 1 });
    expect(wb.sheet('Customers').values.map((r) => r[1])).toEqual(['Name', '王芳', '张伟']);
    expect(wb.sheet('Merged').values[1]!.slice(0, 2)).toEqual(['C1', '张伟']);
    await api.undo();
    await api.markNotDuplicates([2, 4]);
    expect((await api.findDuplicates()).clusters).toEqual([]);
  });

  it('stale grouped by owner, mark contacted, report sheet, import from a sheet, settings', async () => {
    const { wb, api } = setup();
    const stale = await api.stale();
    expect(stale.byOwner.map((g) => [g.owner, g.stale.length, g.followUpsDue.length])).toEqual([['', 1, 0], ['李娜', 1, 1]]);
    expect((await api.markContacted([2])).updated).toBe(1);
    const report = await api.report({ mask: true });
    expect(report.sheet).toBe('Report 2026-11-22');
    expect(report.summary.rows).toBe(3);
    await wb.addSheet('Leads');
    await wb.writeValues('Leads', 0, 0, [['姓名', '手机'], ['李四', '13700001111']]);
    const dry = await api.importRows({ kind: 'sheet', name: 'Leads' }, { dryRun: true });
    expect(dry).toMatchObject({ new: 1, updated: 0, snapshotId: null });
    const settings = await api.saveSettings({ ...(await api.getSettings()), staleDays: 1000, lang: 'zh' });
    expect(settings).toMatchObject({ staleDays: 1000, lang: 'zh' });
    expect((await api.status()).stale).toBe(0);
  });

  it('rejects with a sentence in the chosen language, never a stack', async () => {
    const { api } = setup();
    await api.saveSettings({ ...(await api.getSettings()), lang: 'zh' });
    await expect(api.restoreSnapshot(99)).rejects.toThrow('没有可恢复的快照 99。');
    await expect(api.importRows({ kind: 'file', name: 'x.xlsx', base64: '' }, { dryRun: true })).rejects.toThrow(/工作表/);
  });

  it('keeps the sentence of a wrapped method that another wrapped method calls', async () => {
    const { api } = setup();
    await api.saveSettings({ ...(await api.getSettings()), lang: 'zh' });
    const host = withUserFacingErrors({ restoreTwice: async () => api.restoreSnapshot(99) }, async () => 'en');
    await expect(host.restoreTwice()).rejects.toThrow('没有可恢复的快照 99。');
  });
});
