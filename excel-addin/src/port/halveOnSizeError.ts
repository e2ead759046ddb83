/**
 * Error codes after which a smaller request may succeed: the payload
 * limits of Excel on the web (5 MB) and the general internal error that
 * users report for writes of 2,000 × 10 cells there.
 * Source: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large
 * ("run separate read or write operations for smaller subsets").
 */
const SIZE_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'GeneralException']);

export function isSizeError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SIZE_ERRORS.has(code);
}

/**
 * Runs `attempt` on rows [start, start + count); when it fails with a size
 * error, runs each half instead, down to single rows (a single row that
 * still fails rethrows).
 */
export async function halveOnSizeError(start: number, count: number, attempt: (start: number, count: number) => Promise<void>): Promise<void> {
  try {
    await attempt(start, count);
  } catch (error) {
    if (count <= 1 || !isSizeError(error)) throw error;
    const half = Math.floor(count / 2);
    await halveOnSizeError(start, half, attempt);
    await halveOnSizeError(start + half, count - half, attempt);
  }
}
