import { REJECTED_SHEET, REVIEW_SHEET } from '../../shared/core/operations/importCustomers';
import { MERGED_SHEET } from '../../shared/core/operations/merge';
import { AUDIT_SHEET } from '../../shared/core/safety/audit';
import { STATE_SHEET } from '../../shared/core/state/workbookState';

/** The sheets Dossier writes itself (the core's list, plus the import sheets and Excel's Findings), which the triggers leave alone. */
const OWN_NAMES = new Set([MERGED_SHEET, AUDIT_SHEET, STATE_SHEET, REJECTED_SHEET, REVIEW_SHEET, 'Findings']);
const OWN_PATTERNS = [/^Report \d{4}-\d{2}-\d{2}/, /^_dossier/];

export function isDossierOwnSheet(name: string): boolean {
  return OWN_NAMES.has(name) || OWN_PATTERNS.some((p) => p.test(name));
}
