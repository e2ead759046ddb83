import type { CellValue } from '../../shared/core/cell';
import { DossierError } from '../../shared/core/errors';
import type { Lang } from '../../shared/core/i18n/lang';
import { normalizeContextFor } from '../../shared/core/operations/check';
import { importCustomers } from '../../shared/core/operations/importCustomers';
import { isCustomerHeader, isDossierSheet } from '../../shared/core/table/findCustomerSheet';
import { matchHeaders } from '../../shared/core/template/matchHeaders';
import type { Template } from '../../shared/core/template/templateSchema';
import type { FormSubmitEvent } from './automationServices';
import type { SheetsWorkbook } from './sheetsWorkbook';

export interface FormMergeResult {
  readonly customerSheet: string;
  readonly added: number;
  readonly updated: number;
  /** Held in the import's review sheet: possibly an existing customer, not sure enough to merge. */
  readonly review: number;
  /** Refused with its reasons in the import's rejected sheet (an invalid phone, a missing name…). */
  readonly rejected: number;
}

/**
 * The form-submit trigger: a Google Form response, as the response sheet
 * received it, goes through the same upsert as Import (the core's
 * planImport via importCustomers, no matcher of its own): its columns are
 * mapped to the template by their question titles, the values standardized,
 * and the customer matched against the existing ones — a confident match
 * updates that row, an uncertain one waits in "Import review", otherwise a
 * row is appended. One snapshot and an audit entry per change, so Undo
 * takes it back like any import. The response row itself stays where
 * Google wrote it: nothing the customer sent is lost if the merge fails.
 *
 * The response's Timestamp column (always the first) becomes the customer's
 * Updated date (today, in the spreadsheet's time zone): the response is the
 * newest word on that customer, and a new customer is not stale on arrival.
 */
export async function mergeFormResponse(
  port: SheetsWorkbook,
  event: FormSubmitEvent,
  options: { template: Template; lang: Lang; today: string; now: string; keepSnapshots: number },
): Promise<FormMergeResult> {
  const responseSheet = event.range?.getSheet().getName() ?? null;
  const { header, row } = await responseRow(port, event, responseSheet);
  const updatedLabel = options.template.fields.find((f) => f.key === 'updated')?.label[options.lang];
  const hasUpdated = 'updated' in matchHeaders(options.template, header).columns;
  if (updatedLabel && !hasUpdated && header.length > 0 && row.length > 0) {
    header[0] = updatedLabel;
    row[0] = options.today;
  }
  const customerSheet = await customerSheetBesides(port, options.template, responseSheet);
  const result = await importCustomers(port, { name: responseSheet ?? 'Form', values: [header, row] }, {
    template: options.template,
    lang: options.lang,
    context: normalizeContextFor({ template: options.template, today: options.today, lang: options.lang }),
    sheet: customerSheet,
    now: options.now,
    keepSnapshots: options.keepSnapshots,
  });
  return { customerSheet, added: result.plan.newRows.length, updated: result.plan.updates.length, review: result.plan.review.length, rejected: result.plan.rejected.length };
}

/** The response as header + one row: the response sheet's header with e.values; e.namedValues when the event has no row. */
async function responseRow(port: SheetsWorkbook, event: FormSubmitEvent, responseSheet: string | null): Promise<{ header: CellValue[]; row: CellValue[] }> {
  if (responseSheet !== null && event.values) {
    const header = (await port.readRows(responseSheet, 0, 1))[0] ?? [];
    if (header.length > 0) return { header: [...header], row: header.map((_, c) => event.values![c] ?? null) };
  }
  const named = event.namedValues ?? {};
  const titles = Object.keys(named);
  if (titles.length === 0) throw new DossierError('form.empty', { en: 'The form response had no answers to merge.', zh: '表单回复中没有可合并的答案。' });
  // A checkbox question answers with several values: one cell, as the response sheet writes them.
  return { header: titles, row: titles.map((t) => (named[t] ?? []).join(', ')) };
}

/**
 * The customer sheet, reading header rows only: among the visible sheets
 * other than the response sheet and Dossier's own whose header maps to the
 * template, the first with a customer-id column (a response sheet has none:
 * ids are the file's, not the customer's to type), else the first.
 */
async function customerSheetBesides(port: SheetsWorkbook, template: Template, responseSheet: string | null): Promise<string> {
  const idKey = template.fields.find((f) => f.type === 'id')?.key;
  let fallback: string | null = null;
  for (const sheet of await port.listSheets()) {
    if (sheet.hidden || sheet.name === responseSheet || isDossierSheet(sheet.name)) continue;
    const { columns } = matchHeaders(template, (await port.readRows(sheet.name, 0, 1))[0] ?? []);
    if (!isCustomerHeader(columns)) continue;
    if (idKey !== undefined && idKey in columns) return sheet.name;
    fallback ??= sheet.name;
  }
  if (fallback !== null) return fallback;
  throw new DossierError('form.noCustomerSheet', {
    en: 'A form response arrived but no sheet besides the responses has a customer-file header; apply the template first.',
    zh: '收到了表单回复，但除回复表外没有带客户档案表头的工作表；请先套用模板。',
  });
}
