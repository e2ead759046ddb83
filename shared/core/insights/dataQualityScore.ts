import type { Finding } from '../findings/finding';
import type { CustomerTable } from '../table/customerTable';

/**
 * The data-quality score, 0–100: half completeness (the share of mapped
 * cells filled in), half validity (the share of filled cells without an
 * error). Warnings do not count against it: their values are right, only
 * not in standard form.
 */
export function dataQualityScore(table: CustomerTable, findings: readonly Finding[]): number {
  const keys = Object.keys(table.mapping.columns);
  if (table.rows.length === 0 || keys.length === 0) return 100;
  let filled = 0;
  for (const row of table.rows) for (const key of keys) if (row.values[key]?.status !== 'empty') filled++;
  const errors = findings.filter((f) => f.severity === 'error' && f.field !== '').length;
  const completeness = filled / (table.rows.length * keys.length);
  const validity = filled === 0 ? 1 : Math.max(0, 1 - errors / filled);
  return Math.round((100 * (completeness + validity)) / 2);
}
