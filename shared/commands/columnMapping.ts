import type { CellValue } from '../core/cell';
import { DossierError } from '../core/errors';
import type { Lang } from '../core/i18n/lang';
import { cellToText } from '../core/normalize/cellToText';
import type { WorkbookPort } from '../core/port/workbookPort';
import { recordedChange, type ChangeContext } from '../core/safety/recordedChange';
import { readWorkbookState, writeWorkbookState } from '../core/state/workbookState';
import { isDossierSheet } from '../core/table/findCustomerSheet';
import { foldHeader } from '../core/template/foldHeader';
import { matchHeaders } from '../core/template/matchHeaders';
import type { Template } from '../core/template/templateSchema';
import type { ColumnChoice, ColumnMappingView } from './commandApi';

const SAMPLES = 3;
/** Where the user's mapping choices are remembered: sheet → folded header → choice. */
const MAPPING_KEY = 'columnMapping';

type Remembered = Record<string, Record<string, string>>;

async function remembered(port: WorkbookPort): Promise<Remembered> {
  const value = (await readWorkbookState(port))[MAPPING_KEY];
  return value && typeof value === 'object' ? (value as Remembered) : {};
}

/** The sheets a user's customers could be on: visible ones Dossier did not write. */
export async function candidateSheets(port: WorkbookPort): Promise<string[]> {
  return (await port.listSheets()).filter((s) => !s.hidden && !isDossierSheet(s.name)).map((s) => s.name);
}

/**
 * Every column of a sheet with its first values and what it is taken for:
 * the choice remembered for its header, else the template's matcher, else
 * "keep" (its own column, left as it is).
 */
export async function readColumnMapping(port: WorkbookPort, template: Template, lang: Lang, sheet?: string): Promise<ColumnMappingView> {
  const sheets = await candidateSheets(port);
  const name = sheet ?? sheets[0];
  if (name === undefined || !sheets.includes(name)) {
    throw new DossierError('mapping.noSheet', { en: 'There is no sheet with columns to map.', zh: '没有可以对应列的工作表。' });
  }
  const { values } = await port.readSheet(name);
  const header = values[0] ?? [];
  const matched = matchHeaders(template, header);
  const byCol = new Map(Object.entries(matched.columns).map(([key, col]) => [col, key]));
  const mine = (await remembered(port))[name] ?? {};
  const columns: ColumnMappingView['columns'] = [];
  for (let col = 0; col < header.length; col++) {
    const text = cellToText(header[col] ?? null).trim();
    const samples: string[] = [];
    for (let r = 1; r < values.length && samples.length < SAMPLES; r++) {
      const cell = cellToText(values[r]?.[col] ?? null).trim();
      if (cell !== '') samples.push(cell.length > 40 ? `${cell.slice(0, 39)}…` : cell);
    }
    if (text === '' && samples.length === 0) continue;
    columns.push({ col, header: text, samples, choice: mine[foldHeader(text)] ?? byCol.get(col) ?? 'keep' });
  }
  return { sheet: name, sheets, columns, fields: template.fields.map((f) => ({ key: f.key, label: f.label[lang], required: f.required })) };
}

/**
 * Renames the header cells of the columns mapped to a field to that field's
 * label, in place, under a snapshot: no data moves, no sheet is made. A header
 * the matcher already reads as that field is left as written. The choices are
 * remembered in the workbook for next time.
 */
export async function applyColumnMapping(port: WorkbookPort, template: Template, lang: Lang, sheet: string, choices: readonly ColumnChoice[], context: ChangeContext): Promise<{ renamed: number; snapshotId: number | null }> {
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const seen = new Map<string, number>();
  for (const c of choices) {
    if (c.choice === 'keep' || c.choice === 'ignore') continue;
    const field = fields.get(c.choice);
    if (!field) throw new DossierError('mapping.unknownField', { en: 'A column is mapped to a field the template does not have.', zh: '有一列对应到了模板中没有的字段。' });
    if (seen.has(c.choice)) {
      throw new DossierError('mapping.twice', { en: `Two columns are mapped to "${field.label.en}"; choose it for one column only.`, zh: `有两列都对应到"${field.label.zh}"；请只为一列选择它。` });
    }
    seen.set(c.choice, c.col);
  }
  const { values } = await port.readSheet(sheet);
  const header: CellValue[] = [...(values[0] ?? [])];
  const renamed: Array<{ col: number; from: string; to: string; key: string }> = [];
  for (const c of choices) {
    const field = fields.get(c.choice);
    if (!field) continue;
    const current = cellToText(header[c.col] ?? null).trim();
    if (matchHeaders(template, [current]).columns[field.key] === 0) continue;
    renamed.push({ col: c.col, from: current, to: field.label[lang], key: field.key });
    header[c.col] = field.label[lang];
  }
  let snapshotId: number | null = null;
  if (renamed.length > 0) {
    const { snapshot } = await recordedChange(port, { ...context, operation: 'mapColumns', sheets: [{ name: sheet, values }] }, async () => {
      await port.writeValues(sheet, 0, 0, [header]);
      return { result: null, changes: renamed.map((r) => ({ sheet, row: 1, field: r.key, oldValue: r.from, newValue: r.to })) };
    });
    snapshotId = snapshot?.id ?? null;
  }
  const all = await remembered(port);
  const mine: Record<string, string> = {};
  for (const c of choices) {
    const renamedTo = renamed.find((r) => r.col === c.col)?.to;
    mine[foldHeader(renamedTo ?? cellToText(values[0]?.[c.col] ?? null).trim())] = c.choice;
  }
  await writeWorkbookState(port, MAPPING_KEY, { ...all, [sheet]: mine });
  return { renamed: renamed.length, snapshotId };
}
