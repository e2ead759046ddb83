import fc from 'fast-check';
import { decodeMarkedCells } from '../../../../excel-addin/src/marks/decodeMarkedCells';
import { encodeMarkedCells } from '../../../../excel-addin/src/marks/encodeMarkedCells';
import { legacySettingsMarks } from '../../../../excel-addin/src/marks/legacySettingsMarks';
import { LOCK_SHEET } from '../../../../excel-addin/src/marks/withWorkbookLock';
import { MARKS_SHEET } from '../../../../excel-addin/src/marks/workbookMarkMemory';
import { OfficeWorkbook } from '../../../../excel-addin/src/officeWorkbook';
import type { CellMark } from '../../../../shared/core/port/workbookPort';
import { FakeExcel } from '../../fakeExcel';
import { FakeDocumentSettings } from '../../fakeOfficeSettings';

/** A runtime of the add-in (the pane, the ribbon's function file, a co-author): its own port, the same workbook. */
const runtime = (excel: FakeExcel, extra: Partial<ConstructorParameters<typeof OfficeWorkbook>[0]> = {}) =>
  new OfficeWorkbook({ run: excel.run, isSetSupported: () => false, lock: { pollMs: 5 }, ...extra });

const filled = (excel: FakeExcel, sheet: string) => {
  const cells: string[] = [];
  excel.sheet(sheet).cells.forEach((line, r) => line?.forEach((cell, c) => cell?.fill && cells.push(`${r}:${c}`)));
  return cells.sort();
};

const remembered = (excel: FakeExcel, sheet: string) => {
  const rows = excel.values(MARKS_SHEET).filter((line) => line[0] === sheet);
  return [...new Set(rows.flatMap((line) => decodeMarkedCells(line.slice(2)).map(([r, c]) => `${r}:${c}`)))].sort();
};

const marksAt = (cells: Array<[number, number]>, severity: CellMark['severity'] = 'error'): CellMark[] => cells.map(([row, col]) => ({ row, col, severity }));

describe('encodeMarkedCells / decodeMarkedCells', () => {
  it('round-trip any cells, each text within its cell limit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1_048_575), fc.nat(16_383))), fc.integer({ min: 20, max: 200 }), (cells, perCell) => {
        const texts = encodeMarkedCells(cells, perCell);
        expect(texts.every((t) => t.length <= perCell)).toBe(true);
        expect(decodeMarkedCells(texts)).toEqual(cells);
      }),
    );
  });
});

describe('marks kept in the workbook', () => {
  it('survive a 100,000-cell marking: the next marking clears every old fill and only those', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name', 'Phone', 'Email']]);
    // A user's own fill, which Dossier must never clear.
    excel.sheet('S').cells[0]![0]!.fill = '#00FF00';
    const first: Array<[number, number]> = Array.from({ length: 100_000 }, (_, k) => [1 + Math.floor(k / 2), 1 + (k % 2)]);
    await runtime(excel).markCells('S', marksAt(first));
    expect(filled(excel, 'S')).toHaveLength(100_001);
    expect(remembered(excel, 'S')).toHaveLength(100_000);
    expect(excel.sheet(MARKS_SHEET).visibility).toBe('VeryHidden');

    const second: Array<[number, number]> = Array.from({ length: 100_000 }, (_, k) => [30_001 + Math.floor(k / 2), 1 + (k % 2)]);
    await runtime(excel).markCells('S', marksAt(second, 'warning'));
    const expected = [...second.map(([r, c]) => `${r}:${c}`), '0:0'].sort();
    expect(filled(excel, 'S')).toEqual(expected);
    expect(remembered(excel, 'S')).toEqual(second.map(([r, c]) => `${r}:${c}`).sort());
    expect(excel.sheet('S').cells[0]![0]!.fill).toBe('#00FF00');
    expect(excel.sheets.map((s) => s.name)).not.toContain(LOCK_SHEET);
  });

  it('a ribbon runtime opened before the pane marked does not drift: old fills cleared, interleaved runs take turns', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name', 'Phone']]);
    const ribbon = runtime(excel);
    const pane = runtime(excel);
    await pane.markCells('S', marksAt([[1, 0], [2, 0], [3, 0]]));
    // The ribbon runtime existed all along; with document settings it would still think nothing was marked.
    await ribbon.markCells('S', marksAt([[4, 1]]));
    expect(filled(excel, 'S')).toEqual(['4:1']);
    // Both at once, every sync interleaved: whoever marks last, no fill is left that the memory does not name.
    await Promise.all([pane.markCells('S', marksAt([[5, 0], [6, 0]])), ribbon.markCells('S', marksAt([[7, 1]])), pane.remarkRows('S', [6], marksAt([[6, 1]]))]);
    expect(filled(excel, 'S')).toEqual(remembered(excel, 'S'));
    expect(filled(excel, 'S').length).toBeGreaterThan(0);
    expect(filled(excel, 'S')).not.toContain('4:1');
    await ribbon.markCells('S', []);
    expect(filled(excel, 'S')).toEqual([]);
  });

  it('a marking that fails midway leaves every fill it made recorded, so the next one clears them', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name']]);
    const port = runtime(excel, { payloadBudget: 2_000 });
    const cells: Array<[number, number]> = Array.from({ length: 60 }, (_, k) => [k + 1, 0]);
    await port.markCells('S', marksAt(cells.slice(0, 10)));
    // protection, lock, memory read, memory write-ahead, then the clearing chunks and the fill chunks: fail a fill chunk
    excel.failSync(excel.syncs + 9);
    await expect(port.markCells('S', marksAt(cells.slice(20)))).rejects.toMatchObject({ code: 'excel.GeneralException' });
    expect(filled(excel, 'S').length).toBeGreaterThan(0);
    expect(filled(excel, 'S').every((cell) => remembered(excel, 'S').includes(cell))).toBe(true);
    await port.markCells('S', []);
    expect(filled(excel, 'S')).toEqual([]);
    expect(remembered(excel, 'S')).toEqual([]);
  });

  it('clears the fills an earlier version remembered in document settings, then forgets them there', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name'], ['a'], ['b']]);
    excel.sheet('S').cells[1]![0]!.fill = '#FFC7CE';
    excel.sheet('S').cells[2]![0]!.fill = '#FFC7CE';
    const document = new FakeDocumentSettings();
    const old = document.open();
    old.set('dossier.marks', { S: [1, 0, 2, 0] });
    await new Promise((resolve) => old.saveAsync(resolve));
    const port = runtime(excel, { legacyMarks: legacySettingsMarks(document.open() as unknown as Office.Settings) });
    await port.markCells('S', marksAt([[2, 0]]));
    expect(filled(excel, 'S')).toEqual(['2:0']);
    expect(document.persisted()['dossier.marks']).toEqual({});
  });

  it('waits for a run holding the lock, takes over a crashed one, and gives up with a sentence after waiting', async () => {
    const excel = new FakeExcel();
    excel.addSheet('S', [['Name']]);
    const lock = excel.addSheet(LOCK_SHEET, [[String(Date.now() - 120_000)]]);
    lock.visibility = 'VeryHidden';
    await runtime(excel).markCells('S', marksAt([[1, 0]]));
    expect(filled(excel, 'S')).toEqual(['1:0']);
    excel.addSheet(LOCK_SHEET, [[String(Date.now())]]);
    await expect(runtime(excel, { lock: { pollMs: 5, waitMs: 50 } }).markCells('S', [])).rejects.toThrow('Dossier is already marking this workbook');
    expect(filled(excel, 'S')).toEqual(['1:0']);
  });
});
