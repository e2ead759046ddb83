import type { CellValue } from '../cell';
import type { Lang } from '../i18n/lang';
import type { ColumnFormat, WorkbookPort } from '../port/workbookPort';
import { recordedChange, type AuditChange, type ChangeContext } from '../safety/recordedChange';
import type { Snapshot } from '../safety/snapshots';
import { STATE_SHEET } from '../state/workbookState';
import { locateHeader } from '../table/locateHeader';
import { matchHeaders } from '../template/matchHeaders';
import type { FieldType, Template, TemplateField } from '../template/templateSchema';
import { saveWorkbookTemplate } from '../template/workbookTemplate';

export interface ApplyTemplateOptions extends ChangeContext {
  readonly template: Template;
  readonly lang: Lang;
  /** The sheet to shape; default: the first whose header maps to the template, else a new one. */
  readonly sheet?: string;
  /** Add a column (header only) for every template field the sheet lacks. Default true. */
  readonly addMissing?: boolean;
  /** Lock the header row (data entry, sorting and filtering stay open). Default true. */
  readonly protectHeader?: boolean;
}

export interface ApplyTemplateResult {
  readonly sheet: string;
  readonly created: boolean;
  /** Template keys found among the sheet's own columns (left where they are). */
  readonly mapped: string[];
  /** Template keys added as new columns at the right. */
  readonly added: string[];
  /** The sheet's columns the template does not know (kept as they are). */
  readonly unknown: string[];
  readonly snapshot: Snapshot | null;
}

/** The number format a field type's cells get: dates as ISO, phones and ids as text so Excel never turns them into numbers. */
const NUMBER_FORMATS: Record<FieldType, string | undefined> = {
  id: '@', text: undefined, phone: '@', email: undefined, enum: undefined, date: 'yyyy-mm-dd', integer: '0', number: '#,##0.00', list: undefined,
};

/**
 * Shapes a sheet as a customer file: the template's headers, column number
 * formats, a dropdown for every list of choices, a frozen and locked header.
 * On an existing sheet it maps the user's own columns and never moves data;
 * only missing columns are added at the right. Undoable like every change.
 */
export async function applyTemplate(port: WorkbookPort, options: ApplyTemplateOptions): Promise<ApplyTemplateResult> {
  const sheets = await port.listSheets();
  const target = await chooseSheet(port, options, sheets.map((s) => s.name));
  // A title above the header stays where it is: the header is the row that maps, within the first ten.
  const headerIndex = locateHeader(options.template, target.values)?.index ?? 0;
  const header: CellValue[] = target.values[headerIndex]?.slice() ?? [];
  const mapping = matchHeaders(options.template, header);
  const added: TemplateField[] = options.addMissing === false ? [] : options.template.fields.filter((f) => !(f.key in mapping.columns));
  const columns: Record<string, number> = { ...mapping.columns };
  const newHeader = header.slice();
  let next = header.length;
  while (next > 0 && (newHeader[next - 1] === null || newHeader[next - 1] === '')) next--;
  for (const field of added) {
    columns[field.key] = next;
    newHeader[next++] = field.label[options.lang];
  }

  const { snapshot } = await recordedChange(
    port,
    { ...options, operation: 'applyTemplate', sheets: [{ name: target.name, values: target.exists ? target.values : undefined }] },
    async () => {
      if (!target.exists) await port.addSheet(target.name);
      if (added.length > 0) await port.writeValues(target.name, headerIndex, 0, [newHeader]);
      await port.formatColumns(target.name, columnFormats(options.template, columns, headerIndex + 1));
      await port.freezeRows(target.name, headerIndex + 1);
      if (options.protectHeader !== false && port.protect) await port.protect(target.name, { headerRows: headerIndex + 1, warningOnly: true });
      const changes: AuditChange[] = added.map((field) => ({ sheet: target.name, row: headerIndex + 1, field: field.key, oldValue: '', newValue: field.label[options.lang] }));
      return { result: null, changes };
    },
  );
  // The file carries its rules: a user's template travels with the workbook.
  await saveWorkbookTemplate(port, options.template);
  if (port.protect) await port.protect(STATE_SHEET, {});
  return {
    sheet: target.name,
    created: !target.exists,
    mapped: options.template.fields.filter((f) => f.key in mapping.columns).map((f) => f.key),
    added: added.map((f) => f.key),
    unknown: mapping.unknown.map((u) => u.header),
    snapshot,
  };
}

function columnFormats(template: Template, columns: Readonly<Record<string, number>>, fromRow: number): ColumnFormat[] {
  const formats: ColumnFormat[] = [];
  for (const field of template.fields) {
    const col = columns[field.key];
    if (col === undefined) continue;
    const numberFormat = NUMBER_FORMATS[field.type];
    const list = field.type === 'enum' ? (field.options ?? []).map((o) => o.value) : undefined;
    if (numberFormat || list) formats.push({ col, fromRow, ...(numberFormat ? { numberFormat } : {}), ...(list ? { list } : {}) });
  }
  return formats;
}

async function chooseSheet(port: WorkbookPort, options: ApplyTemplateOptions, names: readonly string[]): Promise<{ name: string; exists: boolean; values: readonly (readonly CellValue[])[] }> {
  if (options.sheet !== undefined) {
    if (!names.includes(options.sheet)) return { name: options.sheet, exists: false, values: [] };
    return { name: options.sheet, exists: true, values: (await port.readSheet(options.sheet)).values };
  }
  for (const name of names) {
    if (name.startsWith('_dossier') || ['Audit', 'Merged', 'Findings'].includes(name)) continue;
    const { values } = await port.readSheet(name);
    if (locateHeader(options.template, values) !== null) return { name, exists: true, values };
    if (values.length === 0) return { name, exists: true, values };
  }
  let name = options.template.sheetName[options.lang];
  for (let k = 2; names.includes(name); k++) name = `${options.template.sheetName[options.lang]} ${k}`;
  return { name, exists: false, values: [] };
}
