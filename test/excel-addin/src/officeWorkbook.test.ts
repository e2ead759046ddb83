import fc from 'fast-check';
import { generateCustomers } from '../../../bench/generate/generateCustomers';
import { OfficeWorkbook } from '../../../excel-addin/src/officeWorkbook';
import { DossierError } from '../../../shared/core/errors';
import { checkWorkbook, markFindings } from '../../../shared/core/operations/check';
import { fixWorkbook, planFix } from '../../../shared/core/operations/fix';
import { applyTemplate } from '../../../shared/core/operations/applyTemplate';
import { undoLast } from '../../../shared/core/safety/snapshots';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { FakeExcel } from '../fakeExcel';

/** The stale-rows rule id Dossier remembers for a sheet, as its hidden memory sheet holds it. */
function rememberedRule(excel: FakeExcel, sheet: string): string | null {
  const row = excel.values('DossierMarks').find((line) => line[0] === sheet);
  return (row?.[1] as string | null | undefined) ?? null;
}

function portOn(excel: FakeExcel, options: { sets?: string; payloadBudget?: number; maxCellsPerRequest?: number } = {}) {
  const highest = Number((options.sets ?? '1.8').split('.')[1]);
  return new OfficeWorkbook({
    run: excel.run,
    isSetSupported: (_name, version) => Number(version.split('.')[1]) <= highest,
    payloadBudget: options.payloadBudget,
    maxCellsPerRequest: options.maxCellsPerRequest,
  });
}

function grid(rows: number, cols: number, cell: (r: number, c: number) => string | number): Array<Array<string | number>> {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
}

const today = '2026-11-22';
const now = '2026-11-22T10:00:00Z';

describe('OfficeWorkbook: reading', () => {
  it('reads values with dates as UTC-midnight Dates, errors as {error}, blanks as null, and number formats', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Customers', [['Name', 'Birthday', 'Orders', 'Check'], ['王芳', 45356, 3, '#N/A'], ['Li', '', 0, true]], [[], ['', 'yyyy-mm-dd', '0']]);
    const data = await portOn(excel).readSheet('Customers', { formats: true });
    expect(data.values).toEqual([
      ['Name', 'Birthday', 'Orders', 'Check'],
      ['王芳', new Date(Date.UTC(2024, 2, 5)), 3, { error: '#N/A' }],
      ['Li', null, 0, true],
    ]);
    expect(data.formats![1]).toEqual(['', 'yyyy-mm-dd', '0', '']);
    expect(excel.syncs).toBe(2);
  });

  it('syncs do not grow with rows: 1,000 and 50,000 rows read in the same round trips when they fit one chunk', async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel({ requestLimit: 1e9, responseLimit: 1e9 });
      excel.addSheet('S', grid(rows, 4, (r, c) => (c === 0 ? `name ${r}` : r * c)));
      const data = await portOn(excel, { payloadBudget: 1e9, maxCellsPerRequest: 1e7 }).readSheet('S');
      expect(data.values).toHaveLength(rows);
      return excel.syncs;
    };
    expect(await syncsFor(1_000)).toBe(2);
    expect(await syncsFor(50_000)).toBe(2);
  });

  it('sizes chunks by payload: under the 5 MB limit, chunk count follows bytes, not rows', async () => {
    const read = async (rows: number, text: string) => {
      // 20,000 rows × 10 columns: several chunks at the default 3 MB estimate budget.
      const excel = new FakeExcel();
      excel.addSheet('S', grid(rows, 10, (r, c) => `${text}${r}-${c}`));
      const data = await portOn(excel).readSheet('S');
      expect(data.values[rows - 1]![9]).toBe(`${text}${rows - 1}-9`);
      expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(excel.rejectedRequests).toBe(0);
      return excel.syncs - 1;
    };
    const short = await read(20_000, 'x');
    const long = await read(20_000, 'a much longer cell text that weighs more bytes ');
    expect(short).toBeGreaterThanOrEqual(1);
    expect(long).toBeGreaterThan(short);
  });

  it('halves a read chunk that exceeds the response limit and still returns every row', async () => {
    const excel = new FakeExcel({ responseLimit: 40_000 });
    excel.addSheet('S', grid(3_000, 3, (r, c) => `r${r}c${c}`));
    const data = await portOn(excel, { payloadBudget: 1e9 }).readSheet('S');
    expect(excel.rejectedRequests).toBeGreaterThan(0);
    expect(data.values).toEqual(grid(3_000, 3, (r, c) => `r${r}c${c}`));
  });

  it('caps cells per read request', async () => {
    const excel = new FakeExcel({ requestLimit: 1e9, responseLimit: 1e9 });
    excel.addSheet('S', grid(2_000, 5, (r) => r));
    await portOn(excel, { payloadBudget: 1e9, maxCellsPerRequest: 1_000 }).readSheet('S');
    expect(excel.maxCellsPerLoad).toBeLessThanOrEqual(1_000);
  });

  it('lists sheets with visibility and used size in two round trips; a missing sheet is a plain DossierError', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['x', 'y'], [1, 2], [3, 4]]);
    excel.addSheet('B').visibility = 'Hidden';
    const port = portOn(excel);
    expect(await port.listSheets()).toEqual([
      { name: 'A', hidden: false, rowCount: 3, columnCount: 2 },
      { name: 'B', hidden: true, rowCount: 0, columnCount: 0 },
    ]);
    expect(excel.syncs).toBe(2);
    await expect(port.readSheet('Nope')).rejects.toThrow(new DossierError('sheet.notFound', 'There is no sheet named "Nope".'));
  });
});

describe('OfficeWorkbook: writing', () => {
  it('writes in one round trip per chunk, the same for 1,000 and 50,000 rows when they fit', async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel({ requestLimit: 1e9, responseLimit: 1e9 });
      excel.addSheet('S');
      await portOn(excel, { payloadBudget: 1e9, maxCellsPerRequest: 1e7 }).writeValues('S', 0, 0, grid(rows, 3, (r, c) => r + c));
      expect(excel.values('S')).toHaveLength(rows);
      return excel.syncs;
    };
    expect(await syncsFor(1_000)).toBe(await syncsFor(50_000));
  });

  it('halves a write Excel rejects for size, down to what fits, and writes every cell', async () => {
    const excel = new FakeExcel({ requestLimit: 30_000 });
    excel.addSheet('S');
    const values = grid(2_000, 4, (r, c) => `v${r}.${c}`);
    await portOn(excel, { payloadBudget: 1e9 }).writeValues('S', 1, 0, values);
    expect(excel.rejectedRequests).toBeGreaterThan(0);
    expect(Math.max(...excel.requestBytes.filter((b) => b <= 30_000))).toBeLessThanOrEqual(30_000);
    expect(excel.values('S').slice(1)).toEqual(values);
  });

  it('does not halve a GeneralException (not a size error): one attempt, reported as a sentence', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    const port = portOn(excel, { payloadBudget: 1e9 });
    excel.failSync(excel.syncs + 3);
    const before = excel.syncs;
    await expect(port.writeValues('S', 0, 0, grid(2_000, 10, (r, c) => r * 10 + c))).rejects.toThrow(DossierError);
    // protection load, the write's old-state read, the failed write, and putting the old state back: no retries
    expect(excel.syncs - before).toBeLessThanOrEqual(4);
  });

  it('a failure other than size is reported as a sentence, not retried', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    await expect(portOn(excel).writeValues('Missing', 0, 0, [[1]])).rejects.toThrow('There is no sheet named "Missing".');
    const port = portOn(excel);
    await expect(port.addSheet('S')).rejects.toThrow('A sheet named "S" already exists.');
  });

  it('keeps text as text: phones, leading zeros, ISO-looking text and formula payloads are never coerced or run', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    const texts = ['+8613812345678', '00123', '2024-03-05', "=cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '-2+3', '#N/A', 'TRUE', 'plain'];
    const port = portOn(excel);
    await port.writeValues('S', 0, 0, [texts]);
    expect(excel.sheet('S').cells[0]!.every((cell) => cell?.formula === undefined && cell?.error === undefined)).toBe(true);
    expect((await port.readSheet('S')).values[0]).toEqual(texts);
  });

  it('round-trips dates through serials with an ISO date format; null clears a cell', async () => {
    await fc.assert(
      fc.asyncProperty(fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), async (moment) => {
        const date = new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
        const excel = new FakeExcel();
        excel.addSheet('S', [['old', 'keep']]);
        const port = portOn(excel);
        await port.writeValues('S', 0, 0, [[date, null]]);
        expect(typeof excel.cell('S', 0, 0)!.value).toBe('number');
        expect(excel.formatAt(excel.sheet('S'), 0, 0)).toBe('yyyy-mm-dd');
        expect((await port.readSheet('S')).values).toEqual([[date]]);
      }),
      { numRuns: 40 },
    );
  });

  it('replaceValues clears what lies outside the new block; writeFormats restores formats', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', grid(5, 5, (r, c) => r + c));
    const port = portOn(excel);
    await port.replaceValues('S', [['a', 'b'], [1, 2]]);
    expect(excel.values('S')).toEqual([['a', 'b'], [1, 2]]);
    await port.writeFormats('S', 1, 0, [['0.00', '']]);
    expect((await port.readSheet('S', { formats: true })).formats).toEqual([['', ''], ['0.00', '']]);
  });
});

describe('OfficeWorkbook: a write that fails midway', () => {
  const original = async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', grid(600, 3, (r, c) => `old ${r}.${c}`), [[], ['', '0.00', '@']]);
    // Column A holds formulas, which must come back as formulas, not as their values.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 600, 1).values = grid(600, 1, (r) => `=B${r + 1}`);
      await ctx.sync();
    });
    return excel;
  };
  /** What a person sees: each cell's value, formula and number format over the original area and beyond. */
  const snapshot = (excel: FakeExcel) => {
    const sheet = excel.sheet('S');
    return grid(620, 4, (r, c) => JSON.stringify([sheet.cells[r]?.[c]?.value ?? '', sheet.cells[r]?.[c]?.formula ?? '', excel.formatAt(sheet, r, c)]));
  };
  // Small chunks: about 100 rows each, so a 600-row write takes six.
  const port = (excel: FakeExcel) => portOn(excel, { payloadBudget: 2_500 });

  it('puts the chunks already written back, so the sheet is as it was (GeneralException on the third chunk)', async () => {
    const excel = await original();
    const before = snapshot(excel);
    const formatsBefore = (await port(excel).readSheet('S', { formats: true })).formats;
    const start = excel.syncs;
    // sync 1: protection; then per chunk a read of the old state and the write: the third chunk's write is sync 7.
    excel.failSync(start + 7);
    await expect(port(excel).writeValues('S', 0, 0, grid(600, 3, (r, c) => `new ${r}.${c}`))).rejects.toMatchObject({ code: 'excel.GeneralException' });
    expect(snapshot(excel)).toEqual(before);
    expect((await port(excel).readSheet('S', { formats: true })).formats).toEqual(formatsBefore);
    expect(excel.cell('S', 0, 0)!.formula).toBe('=B1');
  });

  it('replaceValues that fails midway leaves the old rows, including those below the new block', async () => {
    const excel = await original();
    const before = snapshot(excel);
    const start = excel.syncs;
    excel.failSync(start + 8, 'InvalidOperation'); // protection, used range, then read+write per chunk: the third write
    await expect(port(excel).replaceValues('S', grid(200, 2, (r) => `kept ${r}`))).rejects.toThrow(DossierError);
    expect(snapshot(excel)).toEqual(before);
  });

  it('writeFormats that fails midway puts the formats back', async () => {
    const excel = await original();
    const before = snapshot(excel);
    const start = excel.syncs;
    excel.failSync(start + 5); // protection, then read+write per chunk: the second write
    await expect(portOn(excel, { payloadBudget: 1_000 }).writeFormats('S', 0, 0, grid(600, 3, () => '0.000') as string[][])).rejects.toThrow(DossierError);
    expect(snapshot(excel)).toEqual(before);
  });

  it('says exactly which rows may hold new values when putting back fails too', async () => {
    const excel = await original();
    const start = excel.syncs;
    excel.failSync(start + 7);
    excel.failSync(start + 9); // putting back the third chunk succeeds, the second fails
    const error = await port(excel).writeValues('S', 0, 0, grid(600, 3, (r, c) => `new ${r}.${c}`)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'excel.partialWrite' });
    const rows = /rows (\d+)–(\d+)/.exec((error as DossierError).message)!;
    const changed = excel.values('S').flatMap((line, r) => (line.some((v) => String(v).startsWith('new')) ? [r + 1] : []));
    expect(changed.length).toBeGreaterThan(0);
    expect(Math.min(...changed)).toBeGreaterThanOrEqual(Number(rows[1]));
    expect(Math.max(...changed)).toBeLessThanOrEqual(Number(rows[2]));
  });
});

describe('OfficeWorkbook: formats, marks, protection', () => {
  it('formats columns from a row down with a number format and a dropdown, header untouched', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Birthday', 'Gender']]);
    await portOn(excel).formatColumns('S', [{ col: 0, fromRow: 1, numberFormat: 'yyyy-mm-dd' }, { col: 1, fromRow: 1, list: ['Male', 'Female', 'Other'] }]);
    const sheet = excel.sheet('S');
    expect(excel.formatAt(sheet, 0, 0)).toBe('General');
    expect(excel.formatAt(sheet, 500_000, 0)).toBe('yyyy-mm-dd');
    expect(excel.validationAt(sheet, 0, 1)).toBeNull();
    expect(excel.validationAt(sheet, 9, 1)).toEqual(['Male', 'Female', 'Other']);
  });

  it('a dropdown warns instead of refusing: a typed value outside the list is kept after a warning', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Gender']]);
    await portOn(excel).formatColumns('S', [{ col: 0, fromRow: 1, list: ['Male', 'Female'] }]);
    await expect(excel.userType('S', 3, 0, 'Nonbinary')).resolves.toEqual({ warned: true });
    expect(excel.cell('S', 3, 0)!.value).toBe('Nonbinary');
    expect(excel.validationRuleAt(excel.sheet('S'), 3, 0)!.alert).toMatchObject({ style: 'Warning', showAlert: true });
    expect(excel.validationRuleAt(excel.sheet('S'), 3, 0)!.alert.message).toMatch(/Yes.*是/);
  });

  it('a list over 255 characters or with commas in items comes whole from a hidden, protected sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['City', 'Source', 'Stage']]);
    const cities = Array.from({ length: 60 }, (_, k) => `City number ${k}`); // 839 characters inline
    const sources = ['Trade fair, Shanghai', 'Referral', 'Web'];
    const port = portOn(excel);
    await port.formatColumns('S', [{ col: 0, fromRow: 1, list: cities }, { col: 1, fromRow: 1, list: sources }, { col: 2, fromRow: 1, list: ['Lead', 'Won'] }]);
    const sheet = excel.sheet('S');
    expect(excel.validationAt(sheet, 5, 0)).toEqual(cities);
    expect(excel.validationAt(sheet, 5, 1)).toEqual(sources);
    expect(excel.validationRuleAt(sheet, 5, 2)!.source).toBe('Lead,Won');
    expect(excel.sheet('DossierLists')).toMatchObject({ visibility: 'VeryHidden', protection: { protected: true } });
    await expect(excel.userType('S', 5, 1, 'Trade fair, Shanghai')).resolves.toEqual({ warned: false });
    // Applying the template again rewrites the same columns, not new ones.
    await port.formatColumns('S', [{ col: 0, fromRow: 1, list: cities.slice(0, 50) }, { col: 1, fromRow: 1, list: sources }]);
    expect(excel.validationAt(sheet, 5, 0)).toEqual(cities.slice(0, 50));
    expect(excel.values('DossierLists')[0]).toEqual(['S!0', 'S!1']);
  });

  it('marks cells by severity with notes (ExcelApi 1.18), and the next marking clears only its own marks', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', grid(4, 3, () => 'v'));
    excel.sheet('S').notes.push({ row: 3, col: 2, content: 'a person wrote this' });
    const port = portOn(excel, { sets: '1.18' });
    await port.markCells('S', [
      { row: 1, col: 0, severity: 'error', note: 'Phone is not valid' },
      { row: 1, col: 0, severity: 'warning', note: 'Also odd' },
      { row: 2, col: 1, severity: 'warning' },
    ]);
    expect(excel.cell('S', 1, 0)!.fill).toBe('#FFC7CE');
    expect(excel.cell('S', 2, 1)!.fill).toBe('#FFEB9C');
    expect(excel.sheet('S').notes).toContainEqual({ row: 1, col: 0, content: 'Dossier: Phone is not valid\nAlso odd' });
    await port.markCells('S', [{ row: 3, col: 0, severity: 'stale', note: 'Not contacted for 200 days' }]);
    expect(excel.cell('S', 1, 0)!.fill).toBeUndefined();
    expect(excel.cell('S', 2, 1)!.fill).toBeUndefined();
    expect(excel.cell('S', 3, 0)!.fill).toBe('#DDEBF7');
    expect(excel.sheet('S').notes).toEqual([{ row: 3, col: 2, content: 'a person wrote this' }, { row: 3, col: 0, content: 'Dossier: Not contacted for 200 days' }]);
  });

  it('uses comments where only ExcelApi 1.10 is present, and fill alone below it', async () => {
    const withComments = new FakeExcel();
    withComments.addSheet('S', [['v']]);
    await portOn(withComments, { sets: '1.10' }).markCells('S', [{ row: 0, col: 0, severity: 'info', note: 'hi' }]);
    expect(withComments.sheet('S').comments).toEqual([{ row: 0, col: 0, content: 'Dossier: hi' }]);
    const plain = new FakeExcel();
    plain.addSheet('S', [['v']]);
    await portOn(plain, { sets: '1.8' }).markCells('S', [{ row: 0, col: 0, severity: 'info', note: 'hi' }]);
    expect(plain.sheet('S').notes).toEqual([]);
    expect(plain.sheet('S').comments).toEqual([]);
    expect(plain.cell('S', 0, 0)!.fill).toBe('#E2EFDA');
  });

  it('the live check replaces a row\'s comments where only ExcelApi 1.10 is present (no notes): none go stale', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name', 'Phone'], ['Li', 'x'], ['Wang', 'y'], ['Zhao', 'z']]);
    excel.sheet('S').comments.push({ row: 2, col: 1, content: 'a colleague’s own comment' });
    const port = portOn(excel, { sets: '1.10' });
    await port.markCells('S', [{ row: 1, col: 1, severity: 'error', note: 'bad phone' }, { row: 3, col: 1, severity: 'error', note: 'bad phone' }]);
    expect(excel.sheet('S').comments.map((c) => c.content).sort()).toEqual(['Dossier: bad phone', 'Dossier: bad phone', 'a colleague’s own comment']);
    // Row 2 (0-based 1) fixed by the user; row 3 edited and now has a different problem.
    await port.remarkRows('S', [1, 2], [{ row: 2, col: 0, severity: 'warning', note: 'name looks odd' }]);
    const comments = excel.sheet('S').comments.map((c) => `${c.row}:${c.col} ${c.content}`).sort();
    expect(comments).toEqual(['2:1 a colleague’s own comment', '2:0 Dossier: name looks odd', '3:1 Dossier: bad phone'].sort());
    expect(excel.cell('S', 1, 1)!.fill).toBeUndefined();
  });

  it('marking 20,000 cells takes a handful of round trips, not one per cell', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', grid(20_001, 1, () => 'v'));
    await portOn(excel, { sets: '1.18' }).markCells('S', Array.from({ length: 20_000 }, (_, k) => ({ row: k + 1, col: 0, severity: 'error' as const, note: `finding ${k}` })));
    // protection, lock, memory read, memory written before and after, notes, release: a constant, plus the payload-sized fill chunks
    expect(excel.syncs).toBeLessThan(14);
    expect(excel.rejectedRequests).toBe(0);
  });

  it('locks the header and leaves data entry, sorting and filtering open below it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name', 'Phone'], ['Li', '1']]);
    const port = portOn(excel);
    await port.protect('S', { headerRows: 1, warningOnly: true });
    const sheet = excel.sheet('S');
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject({ allowSort: true, allowAutoFilter: true, allowInsertRows: true });
    expect(excel.lockedAt(sheet, 0, 1)).toBe(true);
    expect(excel.lockedAt(sheet, 1, 1)).toBe(false);
    expect(excel.lockedAt(sheet, 900_000, 40)).toBe(false);
    expect(() => excel.assertWritable(sheet, { row: 0, col: 0, rows: 1, cols: 1 })).toThrow('locked');
    // Dossier's own writes lift the lock and put it back with the same options.
    await port.writeValues('S', 0, 0, [['Name 姓名']]);
    await port.markCells('S', [{ row: 1, col: 1, severity: 'error' }]);
    expect(excel.values('S')[0]![0]).toBe('Name 姓名');
    expect(sheet.protection).toEqual({ protected: true, options: expect.objectContaining({ allowSort: true }) });
  });

  it('locks a whole sheet (Dossier\'s hidden sheets) and still writes to it itself', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Audit', [['Time']]);
    const port = portOn(excel);
    await port.protect('Audit', {});
    expect(excel.lockedAt(excel.sheet('Audit'), 5, 5)).toBe(true);
    await port.writeValues('Audit', 1, 0, [['2026-11-22']]);
    await port.protect('Audit', {});
    expect(excel.values('Audit')).toEqual([['Time'], ['2026-11-22']]);
    expect(excel.sheet('Audit').protection.protected).toBe(true);
  });

  it('writes a titled Excel table with a bold totals row, a chart, freezes rows, selects a cell, hides and deletes sheets', async () => {
    const excel = new FakeExcel();
    const port = portOn(excel);
    await port.addSheet('Report');
    await port.addSheet('_dossier_state', { hidden: true });
    await port.writeTable('Report', 0, 0, { title: 'By owner', header: ['Owner', 'Count'], rows: [['王芳', 3], ['Total', 3]], totalsRow: 1 });
    await port.addChart('Report', { kind: 'bar', title: 'Customers by owner', sourceRow: 1, sourceCol: 0, rowCount: 2, columnCount: 2, anchorRow: 0, anchorCol: 4 });
    await port.freezeRows('Report', 2);
    await port.activateCell('Report', 2, 1);
    const sheet = excel.sheet('Report');
    expect(excel.values('Report')).toEqual([['By owner', null], ['Owner', 'Count'], ['王芳', 3], ['Total', 3]]);
    expect(sheet.tables).toEqual(['A2:B4']);
    expect(excel.cell('Report', 3, 1)!.bold).toBe(true);
    expect(sheet.charts).toEqual([{ type: 'BarClustered', source: { row: 1, col: 0, rows: 2, cols: 2 }, title: 'Customers by owner', position: 'E1', series: [1] }]);
    await port.addChart('Report', { kind: 'line', title: 'Spend', sourceRow: 1, sourceCol: 0, rowCount: 2, columnCount: 4, anchorRow: 20, anchorCol: 0, seriesColumns: [1, 3] });
    expect(sheet.charts[1]).toMatchObject({ type: 'Line', series: [1, 3], position: 'A21' });
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.selected).toEqual({ row: 2, col: 1 });
    expect(excel.sheet('_dossier_state').visibility).toBe('Hidden');
    await port.deleteSheet('_dossier_state');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Report']);
  });

  it('sets the report\'s print area one page wide where ExcelApi 1.9 has a page layout, and leaves it alone before', async () => {
    const older = new FakeExcel();
    await portOn(older).addSheet('Report');
    await portOn(older).printSetup('Report', { rows: 40, columns: 12, fitToWidth: true });
    expect(older.sheet('Report').page.printArea).toBeNull();
    const excel = new FakeExcel();
    const port = portOn(excel, { sets: '1.9' });
    await port.addSheet('Report');
    await port.printSetup('Report', { rows: 40, columns: 12, fitToWidth: true });
    expect(excel.sheet('Report').page).toEqual({ printArea: 'A1:L40', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });
});

describe('core operations through the Office port', () => {
  async function seeded(rows: number) {
    const { values } = generateCustomers({ rows, seed: 7, messRate: 0.3, errorRate: 0.05, headers: 'en', today });
    // Budgets wide enough for one chunk, so the comparison isolates growth with rows.
    const excel = new FakeExcel({ requestLimit: 1e9, responseLimit: 1e9 });
    const port = portOn(excel, { sets: '1.18', payloadBudget: 1e9, maxCellsPerRequest: 1e7 });
    await port.addSheet('Customers');
    await port.writeValues('Customers', 0, 0, values);
    const memory = MemoryWorkbook.fromSheets([{ name: 'Customers', values }]);
    return { excel, port, memory, values };
  }

  it('check finds exactly what the memory port finds, in round trips that do not grow with rows', async () => {
    const syncs: number[] = [];
    for (const rows of [200, 2_000]) {
      const { excel, port, memory } = await seeded(rows);
      const before = excel.syncs;
      const report = await checkWorkbook(port, { template: defaultTemplate, today, lang: 'en' });
      syncs.push(excel.syncs - before);
      const expected = await checkWorkbook(memory, { template: defaultTemplate, today, lang: 'en' });
      expect(report.findings).toEqual(expected.findings);
      expect(report.findings.length).toBeGreaterThan(0);
      await markFindings(port, report);
      const first = report.findings[0]!;
      expect(excel.cell('Customers', first.row - 1, report.mapping.columns[first.field]!)!.fill).toBeDefined();
    }
    expect(syncs[0]).toBe(syncs[1]);
  });

  it('fix writes the same cells as the memory port, audits them, and undo gives every value back', async () => {
    const { excel, port, memory, values } = await seeded(400);
    const original = await port.readSheet('Customers');
    const report = await checkWorkbook(port, { template: defaultTemplate, today, lang: 'en' });
    const { changed } = await fixWorkbook(port, report, planFix(report), { now });
    const memoryReport = await checkWorkbook(memory, { template: defaultTemplate, today, lang: 'en' });
    const memoryFix = await fixWorkbook(memory, memoryReport, planFix(memoryReport), { now });
    expect(changed).toEqual(memoryFix.changed);
    expect(changed.length).toBeGreaterThan(0);
    expect((await port.readSheet('Customers')).values).toEqual((await memory.readSheet('Customers')).values);
    const after = await checkWorkbook(port, { template: defaultTemplate, today, lang: 'en' });
    expect(after.findings.filter((f) => f.suggestion !== null)).toEqual([]);
    expect(excel.values('Audit').length).toBe(changed.length + 1);
    await undoLast(port);
    expect((await port.readSheet('Customers')).values).toEqual(original.values);
    expect(original.values.length).toBe(values.length);
  });

  it('apply template on a new workbook: headers, formats, dropdowns, frozen and locked header, locked state sheet', async () => {
    const excel = new FakeExcel();
    const port = portOn(excel);
    const result = await applyTemplate(port, { template: defaultTemplate, lang: 'zh', now });
    const sheet = excel.sheet(result.sheet);
    expect(excel.values(result.sheet)[0]).toEqual(defaultTemplate.fields.map((f) => f.label.zh));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.protection.protected).toBe(true);
    expect(excel.lockedAt(sheet, 0, 0)).toBe(true);
    expect(excel.lockedAt(sheet, 1, 0)).toBe(false);
    const col = (key: string) => defaultTemplate.fields.findIndex((f) => f.key === key);
    expect(excel.formatAt(sheet, 10, col('birthday'))).toBe('yyyy-mm-dd');
    expect(excel.validationAt(sheet, 10, col('gender'))).toEqual(['Male', 'Female', 'Other']);
    expect(excel.sheet('_dossier_state')).toMatchObject({ visibility: 'Hidden', protection: { protected: true } });
  });
});

describe('OfficeWorkbook: stale rows by conditional format', () => {
  it('adds one rule over the data rows, replaces its own rule next time, and survives a user deleting it', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name', 'Updated', 'Last Contact'], ['Li', 45000, 45100]]);
    const port = new OfficeWorkbook({
      run: excel.run,
      isSetSupported: () => true,
    });
    excel.sheet('S').conditionalFormats.push({ id: 'user-rule', region: { row: 0, col: 0, rows: 5, cols: 1 }, formula: '=A1>3', fill: '#000000' });
    await port.highlightStaleRows('S', { dateColumns: [1, 2], columnCount: 3, days: 180, firstRow: 1, endRow: null });
    await port.highlightStaleRows('S', { dateColumns: [1, 2], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    const list = excel.sheet('S').conditionalFormats;
    expect(list.map((r) => r.id)).toEqual(['user-rule', rememberedRule(excel, 'S')]);
    expect(list[1]).toMatchObject({ region: { row: 1, col: 0, rows: 1, cols: 3 }, formula: '=AND(COUNTA($A2:$C2)>0,OR(AND($B2="",$C2=""),TODAY()-MAX($B2,$C2)>30))', fill: '#DDEBF7' });
    list.splice(1, 1);
    await port.highlightStaleRows('S', { dateColumns: [2], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(excel.sheet('S').conditionalFormats).toHaveLength(2);
    // Over the rows in use only: more rows, a longer rule.
    await excel.userEdit('S', 4, 0, [['Zhao']]);
    await port.highlightStaleRows('S', { dateColumns: [2], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(excel.sheet('S').conditionalFormats[1]!.region).toEqual({ row: 1, col: 0, rows: 4, cols: 3 });
    await port.highlightStaleRows('S', { dateColumns: [], columnCount: 3, days: 30, firstRow: 1, endRow: null });
    expect(excel.sheet('S').conditionalFormats.map((r) => r.id)).toEqual(['user-rule']);
    expect(rememberedRule(excel, 'S')).toBeNull();
  });
});
