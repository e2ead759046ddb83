import type { Lang } from './i18n/lang';

/** A sentence in both languages; a plain string serves both. */
export type UserMessage = string | { readonly en: string; readonly zh: string };

/**
 * A failure a user can act on. Ports and the command line show
 * `messageIn(lang)` (a sentence) and never a stack trace.
 */
export class DossierError extends Error {
  readonly userMessage: UserMessage;

  constructor(
    /** Stable machine code, e.g. `file.unreadable`, `sheet.notFound`. */
    readonly code: string,
    message: UserMessage,
    /** Technical detail for support, shown one click away, never by default. */
    readonly detail?: string,
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'DossierError';
    this.userMessage = message;
  }

  messageIn(lang: Lang): string {
    return typeof this.userMessage === 'string' ? this.userMessage : this.userMessage[lang];
  }
}

export function isDossierError(error: unknown): error is DossierError {
  return error instanceof DossierError;
}
