import { DossierError } from '../../../shared/core/errors';
import type { ExcelContext } from '../excelSubset';

export const LOCK_SHEET = 'DossierLock';

export interface LockTiming {
  /** A lock older than this is a crashed run's and is taken over. */
  readonly staleMs?: number;
  /** How long to wait for another run before giving up. */
  readonly waitMs?: number;
  readonly pollMs?: number;
}

/**
 * Runs `work` while holding the workbook's Dossier lock: a very hidden
 * sheet named DossierLock. Adding a sheet whose name exists fails
 * (ItemAlreadyExists), so of two runs adding it at once exactly one gets
 * it: the ribbon's Check sheet, the pane and a co-author's pane each run in
 * a runtime of their own and share nothing but the workbook, so this is how
 * they take turns at Dossier's marks instead of undoing each other's.
 * The holder's start time is in A1, so a lock left by a crashed run expires.
 */
export async function withWorkbookLock<T>(ctx: ExcelContext, work: () => Promise<T>, timing: LockTiming = {}): Promise<T> {
  const staleMs = timing.staleMs ?? 60_000;
  const waitMs = timing.waitMs ?? 30_000;
  const pollMs = timing.pollMs ?? 250;
  const started = Date.now();
  for (;;) {
    const lock = ctx.workbook.worksheets.add(LOCK_SHEET);
    lock.visibility = 'VeryHidden';
    lock.getRangeByIndexes(0, 0, 1, 1).values = [[String(Date.now())]];
    try {
      await ctx.sync();
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ItemAlreadyExists') throw error;
    }
    const since = ctx.workbook.worksheets.getItem(LOCK_SHEET).getRangeByIndexes(0, 0, 1, 1);
    since.load('values');
    try {
      await ctx.sync();
    } catch (error) {
      if ((error as { code?: string }).code === 'ItemNotFound') continue; // released meanwhile
      throw error;
    }
    const heldSince = Number(since.values[0]?.[0]);
    if (!Number.isFinite(heldSince) || Date.now() - heldSince > staleMs) {
      ctx.workbook.worksheets.getItem(LOCK_SHEET).delete();
      await ctx.sync().catch(() => undefined);
      continue;
    }
    if (Date.now() - started > waitMs) {
      throw new DossierError('marks.busy', {
        en: 'Dossier is already marking this workbook (the ribbon, the pane or a co-author). Try again in a moment.',
        zh: 'Dossier 正在标记此工作簿（功能区、窗格或其他协作者）。请稍后重试。',
      });
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await work();
  } finally {
    ctx.workbook.worksheets.getItem(LOCK_SHEET).delete();
    // Not releasing is not fatal: the lock expires after staleMs.
    await ctx.sync().catch(() => undefined);
  }
}
