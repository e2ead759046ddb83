import type { CustomerTable } from '../table/customerTable';
import { standardNumber } from './standardValue';

export type ValueTier = 'A' | 'B' | 'C' | 'D';

export interface TierThresholds {
  /** Share of total spend the A customers make together (default 0.8). */
  readonly a: number;
  /** Share the B customers add (default 0.15); C is the rest. */
  readonly b: number;
}

export const DEFAULT_TIERS: TierThresholds = { a: 0.8, b: 0.15 };

/**
 * ABC (Pareto) tiers on total spend: from the biggest spender down, the
 * customers who together make the top 80% of spend are A, the next 15% B,
 * the rest C; no purchase (blank or zero spend) is D. Row number → tier.
 */
export function valueTiers(table: CustomerTable, thresholds: TierThresholds = DEFAULT_TIERS): Map<number, ValueTier> {
  const tiers = new Map<number, ValueTier>();
  const spenders: Array<{ row: number; spend: number }> = [];
  for (const row of table.rows) {
    const spend = standardNumber(row, 'total_spend');
    if (spend === undefined || spend <= 0) tiers.set(row.rowNumber, 'D');
    else spenders.push({ row: row.rowNumber, spend });
  }
  spenders.sort((x, y) => y.spend - x.spend || x.row - y.row);
  const total = spenders.reduce((sum, s) => sum + s.spend, 0);
  let before = 0;
  for (const { row, spend } of spenders) {
    const share = before / total;
    // A hair of tolerance: 0.8 + 0.15 is 0.9500000000000001 in floating point.
    tiers.set(row, share < thresholds.a - 1e-9 ? 'A' : share < thresholds.a + thresholds.b - 1e-9 ? 'B' : 'C');
    before += spend;
  }
  return tiers;
}
