/** A finding exactly as cli.md's `check` document lists it. */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** The sheet's own row number: header = 1, first customer = 2. */
  row: number;
  /** Template key, or '' for a finding about the whole row. */
  field: string;
  severity: Severity;
  /** Stable machine code, e.g. `phone.invalid`, `email.format`. */
  code: string;
  /** A sentence a user can act on, in the chosen language. */
  message: string;
  /** The cell as a user would type it (dates YYYY-MM-DD, numbers ungrouped). */
  value: string;
  /** For warnings: the standard form "fix" writes. Null for errors. */
  suggestion: string | null;
}
