import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ReportSection } from '../core/insights/reportModel';
import { PARTIAL_COLOUR, REPORT_PALETTE } from '../core/insights/reportPalette';

/** d3-format codes for the value axis and labels: sizes, not exact amounts (the table beside has those). */
const D3_FORMATS = { count: ',d', money: ',.0f', percent: '.0%', score: '.1f', text: '', month: '' } as const;

/**
 * A section's chart as inline SVG, drawn by Vega-Lite in the process (no
 * browser, no network): the HTML report carries its charts inside itself.
 * The same chart as the workbook's: Okabe-Ito colours, horizontal bars for
 * named categories, the scale's own bounds, the unfinished period hatched
 * grey and labelled.
 */
export async function chartSvg(section: ReportSection): Promise<string | null> {
  const chart = section.chart;
  if (!chart) return null;
  const { header, rows, totalsRow, formats } = section.table;
  const valueColumn = chart.valueColumns[0]!;
  const body = rows.filter((_, i) => i !== totalsRow);
  const data = body.map((row, i) => ({
    category: String(row[chart.categoryColumn] ?? ''),
    value: typeof row[valueColumn] === 'number' ? row[valueColumn] : 0,
    partial: chart.partialLast === true && i === body.length - 1,
  }));
  if (data.length === 0) return null;
  const format = D3_FORMATS[formats[valueColumn] ?? 'count'];
  const font = 'system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
  const config = { font, axis: { labelColor: '#595959', titleColor: '#595959', gridColor: '#e0e0e0', domainColor: '#bfbfbf', labelFontSize: 11, labelAngle: 0 }, view: { stroke: null } };
  const title = header[valueColumn] ?? chart.title;
  const scale = chart.domain ? { domain: [...chart.domain], nice: false, zero: false } : {};
  let spec: TopLevelSpec;
  if (chart.kind === 'pie') {
    spec = {
      data: { values: data },
      width: 220,
      height: 220,
      config,
      layer: [
        { mark: { type: 'arc', stroke: '#fff', strokeWidth: 1 } },
        { mark: { type: 'text', radius: 130, fontSize: 11 }, encoding: { text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
      transform: [{ joinaggregate: [{ op: 'sum', field: 'value', as: 'total' }] }, { calculate: 'datum.total > 0 ? datum.value / datum.total : 0', as: 'share' }],
      encoding: {
        theta: { field: 'value', type: 'quantitative', stack: true },
        color: { field: 'category', type: 'nominal', title: header[chart.categoryColumn], sort: null, scale: { range: [...REPORT_PALETTE] } },
      },
    } as TopLevelSpec;
  } else {
    const horizontal = chart.kind === 'bar';
    const category = { field: 'category', type: 'nominal' as const, title: null, sort: null, axis: { labelAngle: 0, labelLimit: 160 } };
    const value = { field: 'value', type: 'quantitative' as const, title, scale, axis: { format, tickCount: chart.domain && chart.domain[1] - chart.domain[0] <= 5 ? chart.domain[1] - chart.domain[0] : undefined } };
    const colour = { condition: { test: 'datum.partial', value: PARTIAL_COLOUR }, value: REPORT_PALETTE[0] };
    spec = {
      data: { values: data },
      width: 380,
      height: horizontal ? Math.max(80, 22 * data.length) : 200,
      config,
      encoding: horizontal ? { y: category, x: value } : { x: category, y: value },
      layer: [
        // The unfinished period: grey and dashed, so it reads as "not yet" in colour and in greyscale print alike.
        { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { color: colour, strokeDash: { condition: { test: 'datum.partial', value: [3, 2] }, value: [] }, stroke: { condition: { test: 'datum.partial', value: '#595959' }, value: null } } },
        { mark: horizontal ? { type: 'text', align: 'left', dx: 3, fontSize: 10, color: '#262626' } : { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10, color: '#262626' }, encoding: { text: { field: 'value', type: 'quantitative', format } } },
      ],
    } as TopLevelSpec;
  }
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}
