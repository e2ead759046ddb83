import { withExcelExtras } from '../../../../excel-addin/src/taskpane/excelCommands';
import { OfficeWorkbook } from '../../../../excel-addin/src/officeWorkbook';
import { createCoreCommands } from '../../../../shared/commands/createCoreCommands';
import type { Finding } from '../../../../shared/core/findings/finding';
import { FakeExcel } from '../../fakeExcel';

describe('the Excel pane commands (shared command API on the Office port)', () => {
  it('check marks the sheet, lists findings with links, then checks edits as they happen; fix and undo go through the port', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Customers', [
      ['Customer ID', 'Name', 'Phone', 'Email'],
      ['C1', '王芳', '138 1234 5678', 'wang@example.com'],
      ['C2', 'Li Lei', '12345', ' LI@EXAMPLE.COM '],
    ]);
    const port = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true });
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' });
    const live: Array<{ rows: number[] | null; findings: Finding[] }> = [];
    const api = withExcelExtras(core, { run: excel.run, port, lang: () => 'en', today: () => '2026-11-22', onLiveFindings: (u) => live.push(u), debounceMs: 5, quietMs: 0 });

    const result = await api.check();
    expect(result.findings.map((f) => [f.row, f.field, f.severity])).toEqual([[2, 'phone', 'warning'], [3, 'phone', 'error'], [3, 'email', 'warning']]);
    expect(excel.cell('Customers', 2, 2)!.fill).toBe('#FFC7CE');
    expect(excel.values('Findings').map((r) => r[0])).toEqual(['Go to', 'C2', 'C3', 'D3']);
    expect(excel.cell('Findings', 2, 0)!.hyperlink!.documentReference).toBe("'Customers'!C3");

    await excel.userEdit('Customers', 2, 3, [['bob@']]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(live.at(-1)!.findings.map((f) => [f.row, f.field, f.severity])).toEqual([[3, 'phone', 'error'], [3, 'email', 'error']]);

    await api.check();
    const fix = await api.applyFix(await api.previewFix());
    expect(fix.changed.map((c) => [c.row, c.field, c.to])).toEqual([[2, 'phone', '+8613812345678']]);
    expect(excel.values('Customers')[1]![2]).toBe('+8613812345678');
    await api.undo();
    expect(excel.values('Customers')[1]![2]).toBe('138 1234 5678');
    await api.stopWatching();
    expect(excel.sheet('Customers').changeHandlers).toEqual([]);
  });
});

describe('duplicates, merge, stale and report through the Office port', () => {
  it('merges a duplicate into Merged, writes a report sheet with Excel tables and charts, and undoes the merge', async () => {
    const { generateCustomers } = await import('../../../../bench/generate/generateCustomers');
    const { values } = generateCustomers({ rows: 300, seed: 11, duplicateRate: 0.1, headers: 'en', today: '2026-11-22' });
    const excel = new FakeExcel();
    const port = new OfficeWorkbook({
      run: excel.run,
      isSetSupported: () => true,
    });
    await port.addSheet('Customers');
    await port.writeValues('Customers', 0, 0, values);
    const core = createCoreCommands(port, { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' });
    const api = withExcelExtras(core, { run: excel.run, port, lang: () => 'en', today: () => '2026-11-22' });

    const duplicates = await api.findDuplicates();
    expect(duplicates.clusters.length).toBeGreaterThan(0);
    const cluster = duplicates.clusters[0]!;
    const original = (await port.readSheet('Customers')).values;
    const before = excel.values('Customers').length;
    const merged = await api.merge([{ rows: cluster.rows }]);
    expect(merged.merged).toBe(1);
    // The merged-away rows, plus the survivor's own row as it was when the merge replaced any of its values.
    const mergedRows = excel.values('Merged').slice(1);
    expect(mergedRows.filter((r) => !String(r[r.length - 2]).endsWith('(before merge)'))).toHaveLength(cluster.rows.length - 1);
    expect(mergedRows.length).toBeLessThanOrEqual(cluster.rows.length);
    expect(excel.values('Customers').length).toBe(before - (cluster.rows.length - 1));

    const stale = await api.stale();
    expect(stale.days).toBe(180);
    const staleRule = excel.sheet('Customers').conditionalFormats;
    expect(staleRule).toHaveLength(1);
    expect(staleRule[0]!.formula).toMatch(/^=AND\(COUNTA\(\$A2:\$[A-Z]+2\)>0,OR\(AND\(\$[A-Z]+2="",\$[A-Z]+2=""\),TODAY\(\)-MAX\(\$[A-Z]+2,\$[A-Z]+2\)>180\)\)$/);

    const report = await api.report({ mask: true });
    const sheet = excel.sheet(report.sheet);
    expect(sheet.tables.length).toBeGreaterThan(2);
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(sheet.charts.every((c) => c.series.length > 0 && c.title !== '')).toBe(true);

    await api.undo();
    await api.undo();
    expect((await port.readSheet('Customers')).values).toEqual(original);
    expect(excel.sheets.some((s) => s.name === report.sheet)).toBe(false);
  });
});
