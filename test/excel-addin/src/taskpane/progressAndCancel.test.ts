import { OfficeWorkbook } from '../../../../excel-addin/src/officeWorkbook';
import { isCancelled } from '../../../../shared/commands/cancelledError';
import type { CommandProgress } from '../../../../shared/commands/commandApi';
import { controlledPort } from '../../../../shared/commands/controlledPort';
import { createCoreCommands } from '../../../../shared/commands/createCoreCommands';
import { createRunControl } from '../../../../shared/commands/runControl';
import { withRunControl } from '../../../../shared/commands/withRunControl';
import { FakeExcel, type FakeSheet } from '../../fakeExcel';
import { customersNeedingFixes } from '../../paneHarness/customersNeedingFixes';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' as const };

/** Everything Excel holds that a person could see: sheets, cells (value, formula, shown format, fill, bold), regions, validations, notes, tables, charts, rules. */
function everything(excel: FakeExcel): string {
  const sheetState = (s: FakeSheet) => {
    const used = excel.usedRegion(s);
    const cells: unknown[][] = [];
    if (used) {
      for (let r = 0; r < used.row + used.rows; r++) {
        const line: unknown[] = [];
        for (let c = 0; c < used.col + used.cols; c++) {
          const cell = s.cells[r]?.[c];
          line.push([cell?.value ?? '', cell?.error ?? null, cell?.formula ?? null, excel.formatAt(s, r, c), cell?.fill ?? null, cell?.bold ?? false]);
        }
        cells.push(line);
      }
    }
    const noSeq = <T extends { seq: number }>(list: T[]) => list.map(({ seq: _seq, ...rest }) => rest);
    return { name: s.name, visibility: s.visibility, cells, locks: noSeq(s.locks), validations: noSeq(s.validations), protection: s.protection, frozenRows: s.frozenRows, notes: s.notes, comments: s.comments, tables: s.tables, charts: s.charts, rules: s.conditionalFormats, page: s.page };
  };
  return JSON.stringify(excel.sheets.map(sheetState));
}

/** The pane's command API over the Excel stand-in, as the task pane builds it (index.tsx), with a payload budget small enough for many requests. */
function pane(excel: FakeExcel, payloadBudget: number) {
  const control = createRunControl();
  const port = new OfficeWorkbook({
    run: excel.run,
    isSetSupported: () => true,
    payloadBudget,
    onRows: (phase, done, total) => control.step(phase, done, total),
    checkpoint: () => control.checkpoint(),
  });
  return withRunControl(createCoreCommands(controlledPort(port, control), env), control);
}

describe('Excel pane: progress and Cancel', () => {
  it('the bar rises with rows read and rows written, request by request, and never goes back', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Customers', customersNeedingFixes(3000));
    const api = pane(excel, 60_000);
    await api.check();
    const seen: CommandProgress[] = [];
    const stop = api.onProgress!((p) => seen.push(p));
    await api.applyFix(await api.previewFix());
    stop();
    const reads = seen.filter((p) => p.phase === 'read' && p.rows === 3001);
    const writes = seen.filter((p) => p.phase === 'write' && p.rows >= 2000);
    // Several requests each way, each one reported with the rows it brought.
    expect(new Set(reads.map((p) => p.done)).size).toBeGreaterThan(5);
    expect(new Set(writes.map((p) => p.done)).size).toBeGreaterThan(5);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBeGreaterThan(0.9);
  });

  it('Cancel during the write stops at the next request and leaves every cell and format as it was', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Customers', customersNeedingFixes(3000), [[], ...Array.from({ length: 3000 }, () => ['@', '', '', '', '', '#,##0'])]);
    const api = pane(excel, 60_000);
    await api.check();
    const plan = await api.previewFix();
    const before = everything(excel);
    let cancelledAt: number | null = null;
    let last = 0;
    let forward = 0;
    let puttingBack = false;
    const stop = api.onProgress!((p) => {
      // The fix's write of rows 2–3000 (the putting back after Cancel starts again from row 0).
      if (p.phase !== 'write' || p.rows < 2000 || p.done === undefined) return;
      if (cancelledAt === null && p.done > 600) {
        cancelledAt = last = p.done;
        void api.cancel!();
      } else if (cancelledAt !== null && !puttingBack) {
        if (p.done < last) puttingBack = true;
        else if (p.done > last) forward++;
        last = p.done;
      }
    });
    const outcome = await api.applyFix(plan).then(() => 'done', (e: unknown) => (isCancelled(e) ? 'cancelled' : e));
    stop();
    expect(outcome).toBe('cancelled');
    expect(cancelledAt).not.toBeNull();
    // No request went forward after Cancel (what followed put the rows back).
    expect(forward).toBe(0);
    expect(everything(excel)).toBe(before);
    // And the pane may carry on: the same fix, not cancelled, applies.
    const r = await api.applyFix(plan);
    expect(r.changed.length).toBe(plan.length);
  });

  it('Cancel while reading stops the read with nothing written', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Customers', customersNeedingFixes(3000));
    const api = pane(excel, 60_000);
    const before = everything(excel);
    const stop = api.onProgress!((p) => {
      if (p.phase === 'read' && (p.done ?? 0) > 0 && p.rows === 3001) void api.cancel!();
    });
    const outcome = await api.check().then(() => 'done', (e: unknown) => (isCancelled(e) ? 'cancelled' : e));
    stop();
    expect(outcome).toBe('cancelled');
    expect(everything(excel)).toBe(before);
  });

  it('progress and Cancel cost no round trip: the same requests with and without them, and as many for 1,000 as for 4,000 rows', async () => {
    const syncs = async (rows: number, controlled: boolean) => {
      const excel = new FakeExcel({ requestLimit: 1e9, responseLimit: 1e9 });
      excel.addSheet('Customers', customersNeedingFixes(rows));
      const port = new OfficeWorkbook({ run: excel.run, isSetSupported: () => true, payloadBudget: 1e9 });
      const api = controlled ? pane(excel, 1e9) : createCoreCommands(port, env);
      await api.check();
      const start = excel.syncs;
      await api.applyFix(await api.previewFix());
      return excel.syncs - start;
    };
    const plain = await syncs(1000, false);
    expect(await syncs(1000, true)).toBe(plain);
    expect(await syncs(4000, true)).toBe(plain);
  });
});
