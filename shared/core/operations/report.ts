import type { CellValue } from '../cell';
import { findDuplicates } from '../dedupe/findDuplicates';
import type { Lang } from '../i18n/lang';
import { currencySymbol } from '../insights/currencySymbol';
import { CHANGE_NUMBER_FORMAT, excelNumberFormat } from '../insights/excelNumberFormat';
import { headerLang } from '../insights/headerLang';
import { REPORT_PALETTE } from '../insights/reportPalette';
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
  /** Write the report in the language of the sheet's header, `lang` only when the header does not tell (the command line without --lang). */
  readonly langFromHeader?: boolean;
}

/** Reads the customer sheet once and builds the report model, with findings and duplicate clusters for data quality. */
export async function buildWorkbookReport(port: WorkbookPort, options: WorkbookReportOptions): Promise<ReportModel> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const lang: Lang = (options.langFromHeader ? headerLang(table.header) : null) ?? options.lang;
  const findings = checkTable(table, { lang, onProgress: options.onProgress });
  const duplicateClusters = options.duplicates === false ? undefined : findDuplicates(table).clusters.length;
  return buildReportModel(table, { ...options, lang, findings, duplicateClusters });
}

/** The gap between two sections, in rows. */
const GAP = 2;
/** A chart's size in grid cells (files anchor charts by two cells; hosts size them alike). */
const CHART_COLUMNS = 6;
const CHART_ROWS = 16;

/**
 * Writes the report into a new sheet `Report YYYY-MM-DD` (a second one the
 * same day gets ` (2)`): the headline first, then per section one table and
 * one chart beside it, number formats in one batch, a print area one page
 * wide; host round trips grow with sections, never with rows. Undoable (the
 * sheet goes again). Returns the sheet's name.
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
  const z = model.lang === 'zh';
  const symbol = currencySymbol(model.currency, model.lang);
  const formatOf = (format: Parameters<typeof excelNumberFormat>[0]) => (format === 'text' || format === 'month' ? '' : excelNumberFormat(format, symbol));
  // Every number format of the sheet, gathered here and written in one batch at the end.
  const formats: string[][] = [];
  const setFormat = (r: number, c: number, f: string) => {
    if (!f) return;
    while (formats.length <= r) formats.push([]);
    formats[r]![c] = f;
  };
  const notice = model.masked ? (z ? '个人信息已脱敏。' : 'Personal data is masked.') : z ? '注意：个人信息未脱敏，请勿外传。' : 'Note: personal data is NOT masked; do not share.';
  await port.writeValues(name, 0, 0, [[model.title], [notice]]);

  // The headline: one row per figure, this period against the previous one.
  const { headline } = model;
  const kpiRows: CellValue[][] = headline.kpis.map((k) => [k.label, k.value, k.previous, k.change]);
  const top = 3;
  await port.writeTable(name, top, 0, { title: z ? `${headline.title}（${headline.period}）` : `${headline.title} (${headline.period})`, header: z ? ['指标', '本期', '上期', '变化'] : ['Measure', 'This period', 'Previous period', 'Change'], rows: kpiRows });
  headline.kpis.forEach((k, i) => {
    const r = top + 2 + i;
    setFormat(r, 1, formatOf(k.format));
    setFormat(r, 2, formatOf(k.format));
    setFormat(r, 3, CHANGE_NUMBER_FORMAT);
  });
  const after = top + 2 + kpiRows.length;
  await port.writeValues(name, after, 0, [[headline.verdict], [headline.footnote]]);
  let row = after + 2 + GAP;
  let columns = 4;
  for (const section of model.sections) {
    const { table } = section;
    await port.writeTable(name, row, 0, { title: section.title, header: table.header, rows: table.rows, totalsRow: table.totalsRow });
    table.rows.forEach((cells, i) => {
      cells.forEach((cell, c) => {
        if (typeof cell !== 'number') return;
        setFormat(row + 2 + i, c, formatOf(table.rowFormats?.[i] ?? table.formats[c] ?? 'text'));
      });
    });
    columns = Math.max(columns, table.header.length);
    if (section.chart && table.rows.length > 0) {
      const dataRows = table.rows.length - (table.totalsRow !== undefined ? 1 : 0);
      const valueFormat = table.formats[section.chart.valueColumns[0]!] ?? 'count';
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
        colors: section.chart.kind === 'pie' ? REPORT_PALETTE.slice(0, dataRows) : REPORT_PALETTE.slice(0, section.chart.valueColumns.length),
        ...(section.chart.domain ? { axisMin: section.chart.domain[0], axisMax: section.chart.domain[1] } : {}),
        // Axis and bar labels drop the cents: a chart shows sizes, the table beside it the exact amounts.
        numberFormat: (valueFormat === 'money' ? formatOf('money').replace('.00', '') : formatOf(valueFormat)) || undefined,
        ...(section.chart.partialLast ? { partialLast: true } : {}),
        widthColumns: CHART_COLUMNS,
        heightRows: CHART_ROWS - 1,
      };
      await port.addChart(name, chart);
      columns = Math.max(columns, table.header.length + 1 + CHART_COLUMNS);
    }
    // A chart needs its rows of room; a short table leaves it that much.
    row += Math.max(1 + 1 + table.rows.length, section.chart ? CHART_ROWS : 0) + GAP;
  }
  if (port.writeFormats && formats.length > 0) await port.writeFormats(name, 0, 0, formats.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? '')));
  if (port.printSetup) await port.printSetup(name, { rows: row - GAP, columns, fitToWidth: true });
  await port.freezeRows(name, 1);
}

