/**
 * The documented size errors, after which a smaller request may succeed:
 * Excel on the web's 5 MB request and response limits and the cell count of
 * a range ("RangeExceedsLimit"). GeneralException is "an internal error
 * while processing the request": nothing says a smaller request helps, and
 * retrying it would repeat a partial write, so it is not one of them.
 * Sources: learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling (error table),
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
const SIZE_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

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
