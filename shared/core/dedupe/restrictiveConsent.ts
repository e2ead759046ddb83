import { cellToText } from '../normalize/cellToText';
import type { CustomerRow } from '../table/customerTable';

/** The canonical values of the consent field (template.md). */
const YES = 'Yes';
const NO = 'No';

export interface ConsentOutcome {
  /** What the merged customer's consent becomes: No, blank (not consent) or Yes. */
  readonly value: 'No' | '' | 'Yes';
  /** Each row's consent as written ('' when blank), row-ordered, for the conflict shown to a person. */
  readonly values: ReadonlyArray<{ row: number; value: string }>;
  /** Whether the rows disagree. */
  readonly disagree: boolean;
}

/**
 * Consent across duplicates: the most restrictive wins, whatever the
 * survivor or a person's choice. An explicit No anywhere is No; a blank or
 * unreadable consent beside a Yes is not consent (blank); only when every
 * row says Yes does the customer consent. A newer "Yes" never overrides an
 * older 否.
 */
export function restrictiveConsent(rows: readonly CustomerRow[], consentKey: string, col: number): ConsentOutcome {
  let rank = 2;
  const values = rows
    .map((row) => {
      const result = row.values[consentKey];
      const standard = result && (result.status === 'ok' || result.status === 'reformat') ? result.value : undefined;
      rank = Math.min(rank, standard === NO ? 0 : standard === YES ? 2 : 1);
      return { row: row.rowNumber, value: standard === YES || standard === NO ? standard : cellToText(row.cells[col] ?? null).trim() };
    })
    .sort((a, b) => a.row - b.row);
  return { value: rank === 0 ? NO : rank === 1 ? '' : YES, values, disagree: new Set(values.map((v) => v.value)).size > 1 };
}
