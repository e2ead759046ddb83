import { dataQualityScore } from '../core/insights/dataQualityScore';
import type { CheckReport } from '../core/operations/check';

/** The data-quality score of the status card, 0–100 (the report's headline shows the same score). */
export function qualityScore(report: CheckReport): number {
  return dataQualityScore(report.table, report.findings);
}
