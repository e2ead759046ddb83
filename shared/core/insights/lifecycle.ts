import { daysBetween } from '../normalize/isoDate';
import type { CustomerTable } from '../table/customerTable';
import { standardNumber, standardText } from './standardValue';

/** The template's stage values (canonical English). */
export type LifecycleStage = 'Prospect' | 'New' | 'Active' | 'Loyal' | 'At risk' | 'Churned';

export interface LifecycleThresholds {
  /** First purchase within this many days: New (default 90). */
  readonly newDays: number;
  /** No purchase for more than this many days: At risk (default 180). */
  readonly atRiskDays: number;
  /** No purchase for more than this many days: Churned (default 365). */
  readonly churnDays: number;
  /** Active with at least this many orders: Loyal (default 5). */
  readonly loyalOrders: number;
}

export const DEFAULT_LIFECYCLE: LifecycleThresholds = { newDays: 90, atRiskDays: 180, churnDays: 365, loyalOrders: 5 };

/** Lifecycle stage from purchase dates and orders; row number → stage. */
export function lifecycleStages(table: CustomerTable, options: { today: string; thresholds?: LifecycleThresholds }): Map<number, LifecycleStage> {
  const t = options.thresholds ?? DEFAULT_LIFECYCLE;
  const stages = new Map<number, LifecycleStage>();
  for (const row of table.rows) {
    const first = standardText(row, 'first_purchase');
    const last = standardText(row, 'last_purchase') ?? first;
    const orders = standardNumber(row, 'orders');
    if (last === undefined && !(orders !== undefined && orders > 0)) {
      stages.set(row.rowNumber, 'Prospect');
      continue;
    }
    const sinceLast = last === undefined ? Infinity : daysBetween(last, options.today);
    const sinceFirst = first === undefined ? Infinity : daysBetween(first, options.today);
    let stage: LifecycleStage;
    if (sinceLast > t.churnDays) stage = 'Churned';
    else if (sinceLast > t.atRiskDays) stage = 'At risk';
    else if (sinceFirst <= t.newDays) stage = 'New';
    else if ((orders ?? 0) >= t.loyalOrders) stage = 'Loyal';
    else stage = 'Active';
    stages.set(row.rowNumber, stage);
  }
  return stages;
}
