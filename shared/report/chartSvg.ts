import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportSection } from '../core/insights/reportModel';

/**
 * A section's chart as inline SVG, drawn by Vega-Lite in the process (no
 * browser, no network): the HTML report carries its charts inside itself.
 */
export async function chartSvg(section: ReportSection): Promise<string | null> {
  const chart = section.chart;
  if (!chart) return null;
  const { header, rows, totalsRow } = section.table;
  const data = rows
    .filter((_, i) => i !== totalsRow)
    .flatMap((row) => chart.valueColumns.map((col) => ({ category: String(row[chart.categoryColumn] ?? ''), series: header[col] ?? '', value: typeof row[col] === 'number' ? row[col] : 0 })));
  if (data.length === 0) return null;
  const multi = chart.valueColumns.length > 1;
  const base = { data: { values: data }, width: 420, height: 220, config: { font: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif' } };
  const spec: TopLevelSpec =
    chart.kind === 'pie'
      ? { ...base, mark: { type: 'arc' }, encoding: { theta: { field: 'value', type: 'quantitative' }, color: { field: 'category', type: 'nominal', title: header[chart.categoryColumn] } } }
      : chart.kind === 'line'
        ? { ...base, mark: { type: 'line', point: true }, encoding: { x: { field: 'category', type: 'ordinal', title: null }, y: { field: 'value', type: 'quantitative', title: header[chart.valueColumns[0]!] } } }
        : multi
          ? {
              ...base,
              // Counts and amounts differ by orders of magnitude: one small chart per measure.
              facet: { row: { field: 'series', type: 'nominal', title: null } },
              resolve: { scale: { x: 'independent' } },
              spec: { width: 420, height: Math.max(60, 18 * (data.length / chart.valueColumns.length)), mark: { type: 'bar' }, encoding: { y: { field: 'category', type: 'nominal', title: null, sort: null }, x: { field: 'value', type: 'quantitative', title: null } } },
              data: { values: data },
            } as TopLevelSpec
          : { ...base, mark: { type: 'bar' }, encoding: { [chart.kind === 'bar' ? 'y' : 'x']: { field: 'category', type: 'nominal', title: null, sort: null }, [chart.kind === 'bar' ? 'x' : 'y']: { field: 'value', type: 'quantitative', title: header[chart.valueColumns[0]!] } } };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}
