import type { ExcelContext } from '../excelSubset';
import { cellPayloadBytes } from '../port/payloadBytes';
import { decodeMarkedCells } from './decodeMarkedCells';
import { encodeMarkedCells } from './encodeMarkedCells';
import { syncFindsItems } from '../port/syncFindsItems';

export const MARKS_SHEET = 'DossierMarks';
const EXCEL_COLUMNS = 16_384;

/** What Dossier marked on one customer sheet: its filled cells and its stale-rows conditional format. */
export interface SheetMarks {
  cells: Array<[number, number]>;
  rule: string | null;
}

/** Marks from before they lived in the workbook (document settings), cleared once and then forgotten. */
export interface LegacyMarks {
  read(sheet: string): SheetMarks;
  forget(sheet: string): Promise<void>;
}

/**
 * Dossier's memory of what it marked, kept in the workbook itself: a very
 * hidden sheet, DossierMarks, a row per customer sheet (A: the sheet's
 * name, B: the stale-rows rule id, C…: the marked cells as text). Unlike
 * document settings, which each add-in instance copies when it opens and
 * overwrites whole when it saves (2 MB at most), every run reads it fresh
 * from the workbook, co-authors see the same cells, and a failed write is a
 * failed `sync`, never silent. Used under `withWorkbookLock`.
 *
 * A new state is written to a free row first and the sheet's old rows are
 * cleared after, so a failure in between leaves both, and reading takes
 * their union: the memory can name a cell too many, never one too few.
 */
export class WorkbookMarkMemory {
  private constructor(
    private readonly ctx: ExcelContext,
    private readonly byRow: Map<number, { sheet: string; marks: SheetMarks }>,
    private nextRow: number,
    private exists: boolean,
    private readonly budget: number,
    private readonly legacy: LegacyMarks | null,
  ) {}

  static async read(ctx: ExcelContext, options: { budget: number; legacy?: LegacyMarks | null }): Promise<WorkbookMarkMemory> {
    const used = ctx.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount,values');
    const exists = await syncFindsItems(ctx);
    const byRow = new Map<number, { sheet: string; marks: SheetMarks }>();
    let nextRow = 0;
    if (exists && !used.isNullObject) {
      used.values.forEach((line, k) => {
        const sheet = line[0];
        if (typeof sheet !== 'string' || sheet === '') return;
        const rule = typeof line[1] === 'string' && line[1] !== '' ? line[1] : null;
        byRow.set(used.rowIndex + k, { sheet, marks: { cells: decodeMarkedCells(line.slice(2)), rule } });
      });
      nextRow = used.rowIndex + used.rowCount;
    }
    return new WorkbookMarkMemory(ctx, byRow, nextRow, exists, options.budget, options.legacy ?? null);
  }

  /** The union of every row kept for the sheet (and of marks from document settings, not yet cleared). */
  get(sheet: string): SheetMarks {
    const cells = new Map<string, [number, number]>();
    let rule: string | null = null;
    const sources = [...this.byRow.values()].filter((entry) => entry.sheet === sheet).map((entry) => entry.marks);
    if (this.legacy) sources.push(this.legacy.read(sheet));
    for (const marks of sources) {
      for (const [r, c] of marks.cells) cells.set(`${r}:${c}`, [r, c]);
      rule ??= marks.rule;
    }
    return { cells: [...cells.values()], rule };
  }

  /** Replaces the sheet's marks in the workbook: new row first, old rows cleared after. */
  async set(sheet: string, marks: SheetMarks): Promise<void> {
    const ws = this.ensureSheet();
    const oldRows = [...this.byRow].filter(([, entry]) => entry.sheet === sheet).map(([row]) => row);
    const row = this.freeRow(oldRows);
    const texts = [sheet, marks.rule ?? '', ...encodeMarkedCells(marks.cells)];
    // Column groups within the payload budget (a million marks weigh about 10 MB of text).
    for (let start = 0; start < texts.length; ) {
      let end = start;
      let bytes = 0;
      while (end < texts.length && (end === start || bytes + cellPayloadBytes(texts[end]) <= this.budget)) bytes += cellPayloadBytes(texts[end++]);
      const range = ws.getRangeByIndexes(row, start, 1, end - start);
      range.numberFormat = [texts.slice(start, end).map(() => '@')];
      range.values = [texts.slice(start, end)];
      await this.ctx.sync();
      start = end;
    }
    this.byRow.set(row, { sheet, marks: { cells: [...marks.cells], rule: marks.rule } });
    this.nextRow = Math.max(this.nextRow, row + 1);
    if (oldRows.length > 0) {
      for (const old of oldRows) ws.getRangeByIndexes(old, 0, 1, EXCEL_COLUMNS).clear('Contents');
      await this.ctx.sync();
      for (const old of oldRows) this.byRow.delete(old);
    }
    if (this.legacy) await this.legacy.forget(sheet);
  }

  private ensureSheet() {
    if (!this.exists) {
      const added = this.ctx.workbook.worksheets.add(MARKS_SHEET);
      // Very hidden: not offered by Excel's Unhide, so nobody edits it by hand.
      added.visibility = 'VeryHidden';
      this.exists = true;
    }
    return this.ctx.workbook.worksheets.getItem(MARKS_SHEET);
  }

  /** The first row no sheet uses (rows freed by earlier writes are reused, so the sheet stays small). */
  private freeRow(exclude: readonly number[]): number {
    for (let row = 0; row < this.nextRow; row++) if (!this.byRow.has(row) && !exclude.includes(row)) return row;
    return this.nextRow;
  }
}
