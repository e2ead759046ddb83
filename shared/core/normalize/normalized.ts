import type { CellValue } from '../cell';
import type { TemplateField, TemplateSettings } from '../template/templateSchema';

/**
 * A field value in its standard form:
 * phone → E.164 string, email → lower-case string, enum → canonical value,
 * date → ISO `YYYY-MM-DD` string, integer/number → number, list → items,
 * id/text → folded, trimmed string.
 */
export type StandardValue = string | number | string[];

/**
 * What standardizing one cell found. `reformat` means the value is right but
 * not in standard form: `suggestion` is the standard form as a user would
 * type it (what "fix" writes, and what `check` reports).
 */
export type Normalized =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: StandardValue }
  | {
      readonly status: 'reformat';
      readonly value: StandardValue;
      readonly suggestion: string;
      /** The cell as written (`cellToText`), which a finding quotes: kept here, a check need not read the cell again. */
      readonly written: string;
    }
  | {
      /** A placeholder for nothing (`无`, `N/A`, `-`): no value; its standard form is an empty cell. */
      readonly status: 'placeholder';
      readonly written: string;
    }
  | {
      readonly status: 'invalid';
      /** Finding code, e.g. `phone.invalid`, `date.invalid`, `date.ambiguous`, `cell.error`. */
      readonly code: string;
      readonly params?: Readonly<Record<string, string | number>>;
    };

export interface NormalizeContext {
  /** ISO 3166 region for phones without a country code. */
  readonly region: string;
  /** Today as `YYYY-MM-DD` (injected, never read from the clock in the core). */
  readonly today: string;
  readonly ambiguousDateOrder: TemplateSettings['ambiguousDateOrder'];
}

/** Signature every per-type normalizer follows. */
export type FieldNormalizer = (
  value: CellValue,
  field: TemplateField,
  context: NormalizeContext,
) => Normalized;
