/**
 * A failure a user can act on. Ports and the command line show `message`
 * (already a sentence in the user's language) and never a stack trace.
 */
export class DossierError extends Error {
  constructor(
    /** Stable machine code, e.g. `file.unreadable`, `sheet.notFound`. */
    readonly code: string,
    message: string,
    /** Technical detail for support, shown one click away, never by default. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export function isDossierError(error: unknown): error is DossierError {
  return error instanceof DossierError;
}
