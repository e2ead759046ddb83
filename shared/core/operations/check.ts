import type { CellValue } from '../cell';
import type { Finding } from '../findings/finding';
import { repeatedConsentColumns } from '../validate/repeatedConsentColumns';
import type { Lang } from '../i18n/lang';
import type { NormalizeContext } from '../normalize/normalized';
import type { CellMark, WorkbookPort } from '../port/workbookPort';
import type { CustomerTable, HeaderMapping } from '../table/customerTable';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { readCustomerTable } from '../table/readCustomerTable';
import type { Template, TemplateSettings } from '../template/templateSchema';
import { checkTable } from '../validate/checkTable';

export interface CheckOptions {
  readonly template: Template;
  /** The customer sheet; default: the first whose header maps to the template. */
  readonly sheet?: string;
  /** Default phone region; default: the template's. */
  readonly region?: string;
  /** Today as YYYY-MM-DD. */
  readonly today: string;
  readonly lang: Lang;
  readonly ambiguousDateOrder?: TemplateSettings['ambiguousDateOrder'];
  /** Told rows done of rows while the rows are checked (see checkTable). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface CheckReport {
  readonly sheet: string;
  readonly rows: number;
  readonly mapping: HeaderMapping;
  readonly findings: Finding[];
  readonly summary: { errors: number; warnings: number };
  readonly table: CustomerTable;
  /** The sheet's grid as read, so a later write can keep every other cell. */
  readonly values: readonly (readonly CellValue[])[];
}

export function normalizeContextFor(options: CheckOptions): NormalizeContext {
  return {
    region: (options.region ?? options.template.settings.defaultRegion).toUpperCase(),
    today: options.today,
    ambiguousDateOrder: options.ambiguousDateOrder ?? options.template.settings.ambiguousDateOrder,
  };
}

/** Reads the customer sheet once and validates every row against the template. */
export async function checkWorkbook(port: WorkbookPort, options: CheckOptions): Promise<CheckReport> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const findings = [...repeatedConsentColumns(table, options.lang), ...checkTable(table, { lang: options.lang, onProgress: options.onProgress })];
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors++;
  return {
    sheet: sheet.name,
    rows: table.rows.length,
    mapping: table.mapping,
    findings,
    summary: { errors, warnings: findings.length - errors },
    table,
    values: sheet.values,
  };
}

/** Marks every finding's cell (fill by severity, the message as note) in one batch. */
export async function markFindings(port: WorkbookPort, report: CheckReport): Promise<void> {
  const marks: CellMark[] = report.findings.map((finding) => ({
    row: finding.row - 1,
    col: report.mapping.columns[finding.field] ?? 0,
    severity: finding.severity,
    note: finding.message,
  }));
  await port.markCells(report.sheet, marks);
}
