import { currencySymbol } from '../core/insights/currencySymbol';
import { excelNumberFormat } from '../core/insights/excelNumberFormat';
import type { ReportModel } from '../core/insights/reportModel';
import { writeReport } from '../core/operations/report';
import type { ChangeContext } from '../core/safety/recordedChange';
import { MemoryWorkbook } from '../memory/memoryWorkbook';

/**
 * The report as a workbook of its own (the input's data stays out of it):
 * the report sheet with the headline, every section, native charts and a
 * print area, then one sheet per section for sorting and filtering.
 */
export async function reportWorkbook(model: ReportModel, context: Omit<ChangeContext, 'snapshot'>): Promise<MemoryWorkbook> {
  const out = new MemoryWorkbook();
  await writeReport(out, model, { ...context, snapshot: false });
  for (const name of out.sheetNames()) if (name === 'Audit') await out.deleteSheet(name);
  const used = new Set(out.sheetNames());
  const symbol = currencySymbol(model.currency, model.lang);
  for (const section of model.sections) {
    let name = section.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim();
    for (let k = 2; used.has(name); k++) name = `${name.slice(0, 27)} (${k})`;
    used.add(name);
    await out.addSheet(name);
    const { table } = section;
    await out.writeTable(name, 0, 0, { header: table.header, rows: table.rows, totalsRow: table.totalsRow });
    await out.writeFormats(name, 1, 0, table.rows.map((row, i) => row.map((cell, c) => {
      const format = table.rowFormats?.[i] ?? table.formats[c] ?? 'text';
      return typeof cell === 'number' && format !== 'text' && format !== 'month' ? excelNumberFormat(format, symbol) : '';
    })));
    await out.freezeRows(name, 1);
  }
  return out;
}
