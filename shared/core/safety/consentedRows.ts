import type { CustomerRow, CustomerTable } from '../table/customerTable';

/** The canonical "yes" of the consent field (template.md: Yes / No). */
const CONSENTED = 'Yes';

/**
 * Rows that may be used for marketing: consent standardizes to Yes. A blank
 * or unreadable consent is not consent. A file without a consent column
 * gives no rows, never all of them.
 */
export function consentedRows(table: CustomerTable, consentKey = 'consent'): CustomerRow[] {
  if (!(consentKey in table.mapping.columns)) return [];
  return table.rows.filter((row) => {
    const consent = row.values[consentKey];
    return (consent?.status === 'ok' || consent?.status === 'reformat') && consent.value === CONSENTED;
  });
}
