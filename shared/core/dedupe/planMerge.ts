import { cellToText } from '../normalize/cellToText';
import type { StandardValue } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import { standardToText } from '../normalize/standardToText';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import type { MergeRule, TemplateField } from '../template/templateSchema';
import { restrictiveConsent } from './restrictiveConsent';

/** A field whose rows disagree, listed so a person can choose before applying. */
export interface MergeConflict {
  readonly field: string;
  readonly values: ReadonlyArray<{ row: number; value: string }>;
  /** What the merge will keep unless a person chooses otherwise. */
  readonly chosen: string;
  /** Set where a rule decided that a person's choice cannot change (consent: the most restrictive wins). */
  readonly rule?: 'most-restrictive';
}

export interface MergePlan {
  /** Sheet row numbers of the cluster, ascending. */
  readonly rows: number[];
  /** The row that stays. */
  readonly survivor: number;
  /** The rows that move, whole and unchanged, to the Merged sheet. */
  readonly mergedAway: number[];
  /** The survivor's new standard values, only where they change. */
  readonly set: Record<string, StandardValue>;
  readonly conflicts: MergeConflict[];
}

export interface MergeOptions {
  /** Per-field rules overriding the template's (`merge` on each field). */
  readonly rules?: Readonly<Record<string, MergeRule>>;
  /** A person's choices: field → the row whose value wins. */
  readonly choices?: Readonly<Record<string, number>>;
  /** The row to keep instead of the most recently updated one. */
  readonly survivor?: number;
}

/** The consent field, which no merge makes more permissive than its most restrictive row. */
const CONSENT = 'consent';

/**
 * How a cluster of duplicates becomes one customer, by default survivorship:
 * the most recently updated row survives; its blanks are filled from the
 * others (newest first); list fields are united, notes joined, dates and
 * counts follow their field's rule; every disagreement is listed.
 */
export function planMerge(table: CustomerTable, members: readonly number[], options: MergeOptions = {}): MergePlan {
  const rows = members.map((m) => table.rows[m]!);
  const ordered = [...rows].sort((a, b) => recency(table, b).localeCompare(recency(table, a)) || filled(b) - filled(a) || a.rowNumber - b.rowNumber);
  const survivor = (options.survivor !== undefined ? rows.find((r) => r.rowNumber === options.survivor) : undefined) ?? ordered[0]!;
  const others = ordered.filter((r) => r !== survivor);
  const set: Record<string, StandardValue> = {};
  const conflicts: MergeConflict[] = [];
  for (const field of table.template.fields) {
    if (!(field.key in table.mapping.columns) || field.type === 'id') continue;
    if (field.key === CONSENT) {
      const consent = restrictiveConsent([survivor, ...others], field.key, table.mapping.columns[field.key]!);
      if (consent.disagree) conflicts.push({ field: field.key, values: consent.values, chosen: consent.value, rule: 'most-restrictive' });
      const current = standardOf(survivor.values[field.key]);
      // A survivor whose own consent is unreadable keeps its text: it already is not consent.
      if (consent.value === '' ? current === 'Yes' : current !== consent.value) set[field.key] = consent.value;
      continue;
    }
    const present = [survivor, ...others].flatMap((row) => {
      const value = standardOf(row.values[field.key]);
      return value === undefined ? [] : [{ row, value }];
    });
    if (present.length === 0) continue;
    const rule = options.rules?.[field.key] ?? field.merge ?? (field.type === 'list' ? 'union' : 'survivor');
    const chosenRow = options.choices?.[field.key];
    const chosen = chosenRow !== undefined ? present.find((p) => p.row.rowNumber === chosenRow) : undefined;
    const merged = chosen ? chosen.value : combine(rule, field, present.map((p) => p.value));
    const distinct = new Set(present.map((p) => standardToText(p.value)));
    if (distinct.size > 1 && rule !== 'union' && rule !== 'join') {
      conflicts.push({ field: field.key, values: present.map((p) => ({ row: p.row.rowNumber, value: standardToText(p.value) })).sort((a, b) => a.row - b.row), chosen: standardToText(merged) });
    }
    const current = standardOf(survivor.values[field.key]);
    if (current === undefined || standardToText(current) !== standardToText(merged)) set[field.key] = merged;
  }
  return {
    rows: rows.map((r) => r.rowNumber).sort((a, b) => a - b),
    survivor: survivor.rowNumber,
    mergedAway: others.map((r) => r.rowNumber).sort((a, b) => a - b),
    set,
    conflicts,
  };
}

/** Values in survivor-first order, combined by the field's rule. */
function combine(rule: MergeRule, field: TemplateField, values: readonly StandardValue[]): StandardValue {
  switch (rule) {
    case 'earliest':
      return [...values].sort((a, b) => String(a).localeCompare(String(b)))[0]!;
    case 'latest':
      return [...values].sort((a, b) => String(b).localeCompare(String(a)))[0]!;
    case 'max':
      return values.reduce((best, v) => (typeof v === 'number' && typeof best === 'number' ? Math.max(best, v) : best));
    case 'union': {
      const items: string[] = [];
      const seen = new Set<string>();
      for (const v of values) {
        for (const item of Array.isArray(v) ? v : [String(v)]) {
          if (seen.has(item.toLowerCase())) continue;
          seen.add(item.toLowerCase());
          items.push(item);
        }
      }
      return field.type === 'list' ? items : items.join(', ');
    }
    case 'join':
      return [...new Set(values.map(standardToText))].join('\n');
    case 'survivor':
      return values[0]!;
  }
}

/** The date a row was last touched (ISO, '' when unknown), for picking the survivor. */
function recency(table: CustomerTable, row: CustomerRow): string {
  let latest = '';
  for (const key of table.template.settings.touchedFields) {
    const value = standardOf(row.values[key]);
    if (typeof value === 'string' && value > latest) latest = value;
  }
  return latest;
}

function filled(row: CustomerRow): number {
  return row.cells.filter((c) => cellToText(c ?? null).trim() !== '').length;
}

