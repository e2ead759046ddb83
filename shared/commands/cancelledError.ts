import { DossierError } from '../core/errors';

/** The code a cancelled command fails with; it passes through every layer that keeps a DossierError as it is. */
export const CANCELLED = 'command.cancelled';

/** What a command stopped by Cancel rejects with: nothing it did is left in the workbook. */
export function cancelledError(): DossierError {
  return new DossierError(CANCELLED, { en: 'Cancelled; the sheet is as it was.', zh: '已取消；表格保持原样。' }, CANCELLED);
}

/** Whether a command failed because the user cancelled it (as the core throws it, as the pane receives it, or as the preview's worker reports it). */
export function isCancelled(error: unknown): boolean {
  const e = error as { code?: unknown; detail?: unknown; name?: unknown } | null;
  return e !== null && typeof e === 'object' && (e.code === CANCELLED || e.detail === CANCELLED || e.name === 'CancelledError');
}
