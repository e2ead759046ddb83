import { findDuplicates } from '../dedupe/findDuplicates';
import { buildReportModel, type ReportModel, type ReportOptions } from '../insights/reportModel';
import type { ChartSpec, WorkbookPort } from '../port/workbookPort';
import { recordedChange, type ChangeContext } from '../safety/recordedChange';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { readCustomerTable } from '../table/readCustomerTable';
import { checkTable } from '../validate/checkTable';
import { normalizeContextFor, type CheckOptions } from './check';

export interface WorkbookReportOptions extends CheckOptions, Omit<ReportOptions, 'findings' | 'duplicateClusters' | 'today' | 'lang'> {
  /** Run the duplicate engine for the data-quality section (default true). */
  readonly duplicates?: boolean;
}

/** Reads the customer sheet once and builds the report model, with findings and duplicate clusters for data quality. */
export async function buildWorkbookReport(port: WorkbookPort, options: WorkbookReportOptions): Promise<ReportModel> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const findings = checkTable(table, { lang: options.lang });
  const duplicateClusters = options.duplicates === false ? undefined : findDuplicates(table).clusters.length;
  return buildReportModel(table, { ...options, findings, duplicateClusters });
}

/** The gap between two sections, in rows. */
const GAP = 2;

/**
 * Writes the report into a new sheet `Report YYYY-MM-DD` (a second one the
 * same day gets ` (2)`): per section one table and one chart beside it, so
 * host round trips grow with sections, never with rows. Undoable (the sheet
 * goes again). Returns the sheet's name.
 */
export async function writeReport(port: WorkbookPort, model: ReportModel, context: ChangeContext): Promise<string> {
  const names = new Set((await port.listSheets()).map((s) => s.name));
  let name = `Report ${model.today}`;
  for (let k = 2; names.has(name); k++) name = `Report ${model.today} (${k})`;
  // Through the safety path, so "Undo" removes the report sheet again.
  await recordedChange(port, { ...context, operation: 'report', sheets: [{ name }] }, async () => {
    await writeSections(port, name, model);
    return { result: null, changes: [{ sheet: name, row: null, field: '', oldValue: '', newValue: model.title }] };
  });
  return name;
}

async function writeSections(port: WorkbookPort, name: string, model: ReportModel): Promise<void> {
  await port.addSheet(name);
  const notice = model.masked
    ? model.lang === 'zh' ? '个人信息已脱敏。' : 'Personal data is masked.'
    : model.lang === 'zh' ? '注意：个人信息未脱敏，请勿外传。' : 'Note: personal data is NOT masked; do not share.';
  await port.writeValues(name, 0, 0, [[model.title], [notice]]);
  let row = 3;
  for (const section of model.sections) {
    const { table } = section;
    await port.writeTable(name, row, 0, { title: section.title, header: table.header, rows: table.rows, totalsRow: table.totalsRow });
    if (section.chart && table.rows.length > 0) {
      const dataRows = table.rows.length - (table.totalsRow !== undefined ? 1 : 0);
      const chart: ChartSpec = {
        kind: section.chart.kind,
        title: section.chart.title,
        sourceRow: row + 1,
        sourceCol: 0,
        rowCount: dataRows + 1,
        columnCount: Math.max(...section.chart.valueColumns) + 1,
        anchorRow: row,
        anchorCol: table.header.length + 1,
        seriesColumns: section.chart.valueColumns,
      };
      await port.addChart(name, chart);
    }
    // A chart needs about 15 rows of room; a short table leaves it that much.
    row += Math.max(1 + 1 + table.rows.length, section.chart ? 16 : 0) + GAP;
  }
  await port.freezeRows(name, 1);
}
