import { DossierError } from '../errors';
import type { SheetData, SheetInfo, WorkbookPort } from '../port/workbookPort';
import { STATE_SHEET } from '../state/workbookState';
import type { Template } from '../template/templateSchema';
import { ENOUGH_FIELDS, HEADER_SEARCH_ROWS, locateHeader } from './locateHeader';

/** Sheets Dossier itself writes (merged rows, findings, audit, reports, import results, its hidden state). */
const OWN_SHEETS = /^(Merged|Findings|Audit|Import rejected|Import review|Report \d{4}-\d{2}-\d{2}.*|_dossier.*)$/;

/** A sheet Dossier writes itself: never taken for the customer sheet, and left alone by the Sheets triggers. */
export function isDossierSheet(name: string): boolean {
  return name === STATE_SHEET || OWN_SHEETS.test(name);
}

/** Whether a header row's mapping (template key → column) makes the sheet a customer file. */
export function isCustomerHeader(columns: Readonly<Record<string, number>>): boolean {
  return Object.keys(columns).length >= ENOUGH_FIELDS;
}

/**
 * Reads the customer sheet: the one named, or else the first visible sheet
 * with a header row (within its first ten) that maps to the template.
 * One read per sheet examined.
 */
export async function findCustomerSheet(port: WorkbookPort, template: Template, name?: string): Promise<SheetData> {
  const sheets = await port.listSheets();
  if (name !== undefined) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) {
      throw new DossierError('sheet.notFound', {
        en: `There is no sheet named "${name}". Sheets in this file: ${listNames(sheets)}.`,
        zh: `没有名为"${name}"的工作表。此文件中的工作表：${listNames(sheets)}。`,
      });
    }
    return port.readSheet(sheet.name);
  }
  for (const sheet of sheets) {
    if (sheet.hidden || isDossierSheet(sheet.name)) continue;
    const data = await port.readSheet(sheet.name);
    if (locateHeader(template, data.values) !== null) return data;
  }
  throw new DossierError(
    'sheet.noCustomerSheet',
    sheets.length === 0
      ? { en: 'The file has no sheets.', zh: '此文件没有工作表。' }
      : {
          en: `No sheet has a customer-file header in its first ${HEADER_SEARCH_ROWS} rows (sheets: ${listNames(sheets)}). Add a header such as Name, Phone, Email, or choose the sheet with --sheet.`,
          zh: `没有工作表的前 ${HEADER_SEARCH_ROWS} 行中有客户档案表头（工作表：${listNames(sheets)}）。请添加表头，例如 姓名、电话、邮箱，或用 --sheet 指定工作表。`,
        },
  );
}

function listNames(sheets: readonly SheetInfo[]): string {
  return sheets.map((s) => `"${s.name}"`).join(', ') || '(none)';
}
