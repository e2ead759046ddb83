import { daysBetween } from '../normalize/isoDate';
import type { CustomerTable } from '../table/customerTable';
import { DEFAULT_LIFECYCLE } from './lifecycle';
import { standardText } from './standardValue';

/** The headline counts that a customer file's own dates can tell for any past day. */
export interface KpisAsOf {
  readonly customers: number;
  /** Created in the `periodDays` days up to and including the day. */
  readonly newInPeriod: number | null;
  /** Last purchase within the at-risk threshold (180 days). */
  readonly active: number | null;
  readonly atRisk: number | null;
  readonly churned: number | null;
  /** Of those who had first bought more than a year before, the share who bought within the year. */
  readonly retention: number | null;
  /** Share of customers not touched within `staleDays` (or never). */
  readonly staleShare: number | null;
}

/**
 * The file as it stood on `day`, rebuilt from its dates: a row created
 * after the day did not exist yet; a purchase or contact dated after it
 * counts as made on the day (the file keeps only the latest date, so the
 * earlier one is unknown: this reads the past at its most active, and is
 * said so under the headline). Null where the file has no column to tell.
 */
export function kpisAsOf(table: CustomerTable, day: string, options: { periodDays: number; staleDays: number; touchedFields: readonly string[] }): KpisAsOf {
  const has = (key: string) => key in table.mapping.columns;
  const touched = options.touchedFields.filter(has);
  const t = DEFAULT_LIFECYCLE;
  let customers = 0;
  let newInPeriod = 0;
  let active = 0;
  let atRisk = 0;
  let churned = 0;
  let cohort = 0;
  let retained = 0;
  let stale = 0;
  for (const row of table.rows) {
    const created = standardText(row, 'created');
    if (created !== undefined && created > day) continue;
    customers++;
    if (created !== undefined && daysBetween(created, day) < options.periodDays) newInPeriod++;
    const firstRaw = standardText(row, 'first_purchase');
    const lastRaw = standardText(row, 'last_purchase') ?? firstRaw;
    if (lastRaw !== undefined && !(firstRaw !== undefined && firstRaw > day)) {
      const last = lastRaw > day ? day : lastRaw;
      const since = daysBetween(last, day);
      if (since > t.churnDays) churned++;
      else if (since > t.atRiskDays) atRisk++;
      else active++;
      const first = firstRaw ?? lastRaw;
      if (first <= day && daysBetween(first, day) > 365) {
        cohort++;
        if (since <= 365) retained++;
      }
    }
    let lastTouch: string | undefined;
    for (const key of touched) {
      const value = standardText(row, key);
      if (value !== undefined && (lastTouch === undefined || value > lastTouch)) lastTouch = value;
    }
    if (lastTouch === undefined || daysBetween(lastTouch > day ? day : lastTouch, day) > options.staleDays) stale++;
  }
  const purchases = has('last_purchase') || has('first_purchase');
  return {
    customers,
    newInPeriod: has('created') ? newInPeriod : null,
    active: purchases ? active : null,
    atRisk: purchases ? atRisk : null,
    churned: purchases ? churned : null,
    retention: purchases && cohort > 0 ? retained / cohort : null,
    staleShare: touched.length > 0 && customers > 0 ? stale / customers : null,
  };
}
