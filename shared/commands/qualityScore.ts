import type { CheckReport } from '../core/operations/check';

/**
 * The data-quality score of the status card, 0–100: half completeness (the
 * share of mapped cells filled in), half validity (the share of filled
 * cells without an error). Warnings do not count against it: their values
 * are right, only not in standard form.
 */
export function qualityScore(report: CheckReport): number {
  const keys = Object.keys(report.mapping.columns);
  if (report.table.rows.length === 0 || keys.length === 0) return 100;
  let filled = 0;
  for (const row of report.table.rows) for (const key of keys) if (row.values[key]?.status !== 'empty') filled++;
  const cells = report.table.rows.length * keys.length;
  const errors = report.findings.filter((f) => f.severity === 'error' && f.field !== '').length;
  const completeness = filled / cells;
  const validity = filled === 0 ? 1 : Math.max(0, 1 - errors / filled);
  return Math.round(100 * (completeness + validity) / 2);
}
