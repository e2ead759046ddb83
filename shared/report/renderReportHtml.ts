import type { HeadlineKpi } from '../core/insights/reportHeadline';
import type { ReportModel, ReportSection } from '../core/insights/reportModel';
import { chartSvg } from './chartSvg';
import { escapeHtml } from './escapeHtml';
import { formatChange, formatReportValue } from './formatReportValue';

/**
 * The report as one self-contained HTML page: no script, no external URL,
 * charts as inline SVG, every value escaped. The headline comes first;
 * numbers read as the reader's locale writes them; it prints on A4 with
 * sections never split across pages. Safe to e-mail to a manager.
 */
export async function renderReportHtml(model: ReportModel): Promise<string> {
  const z = model.lang === 'zh';
  const parts: string[] = [];
  for (const section of model.sections) parts.push(await sectionHtml(section, model));
  const notice = model.masked ? (z ? '个人信息已脱敏。' : 'Personal data is masked.') : z ? '注意：个人信息未脱敏，请勿外传。' : 'Note: personal data is NOT masked; do not share.';
  const { headline } = model;
  const previousWord = z ? '上期' : 'previous';
  const kpi = (k: HeadlineKpi) => {
    const value = formatReportValue(k.value, k.format, model.lang, model.currency);
    const tone = k.change === null || k.change === 0 ? '' : (k.change > 0) === k.higherIsBetter ? ' good' : ' bad';
    const change = k.change !== null ? `<span class="change${tone}">${escapeHtml(formatChange(k.change, model.lang))}</span> ` : '';
    const previous = k.previous !== null ? `<span class="prev">${escapeHtml(`${previousWord} ${formatReportValue(k.previous, k.format, model.lang, model.currency)}`)}</span>` : `<span class="prev">${z ? '无上期数据' : 'no earlier figure'}</span>`;
    return `<div class="kpi" data-kpi="${k.id}"><div class="label">${escapeHtml(k.label)}</div><div class="value">${escapeHtml(value)}</div><div class="delta">${change}${previous}</div></div>`;
  };
  return `<!doctype html>
<html lang="${z ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1.5rem;color:#1b1b1b}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin:0 0 .5rem}
section{margin-top:2rem}
.headline{border:1px solid #d0d0d0;border-radius:6px;padding:1rem 1.25rem;background:#fafafa}
.period{color:#555;margin:.1rem 0 .8rem}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:.6rem}
.kpi{background:#fff;border:1px solid #e3e3e3;border-radius:4px;padding:.5rem .7rem}
.kpi .label{font-size:.8rem;color:#555}.kpi .value{font-size:1.3rem;overflow-wrap:anywhere;font-weight:600;font-variant-numeric:tabular-nums}
.kpi .delta{font-size:.78rem;color:#555}.change{font-weight:600}.change.good{color:#0072B2}.change.bad{color:#D55E00}
.verdict{margin:.8rem 0 .2rem;font-weight:600}.verdict.good{color:#006d4f}.verdict.fair{color:#8a5a00}.verdict.poor{color:#b34700}
.foot{font-size:.75rem;color:#666;margin:0}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;text-align:left}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:600;background:#fafafa}
figure{margin:0}.notice{color:#555;margin-top:0}
@page{size:A4;margin:12mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt}.headline{break-after:page}section{break-inside:avoid;margin-top:1.2rem}h2{break-after:avoid}.pair{gap:.75rem}figure svg{max-width:100%;height:auto}.kpis{grid-template-columns:repeat(4,1fr)}}
</style></head><body>
<h1>${escapeHtml(model.title)}</h1><p class="notice">${escapeHtml(notice)}</p>
<section class="headline" id="headline"><h2>${escapeHtml(headline.title)}</h2><p class="period">${escapeHtml(headline.period)}</p>
<div class="kpis">${headline.kpis.map(kpi).join('')}</div>
<p class="verdict ${headline.verdictLevel}">${escapeHtml(headline.verdict)}</p><p class="foot">${escapeHtml(headline.footnote)}</p></section>
${parts.join('\n')}
</body></html>
`;
}

async function sectionHtml(section: ReportSection, model: ReportModel): Promise<string> {
  const svg = await chartSvg(section);
  const { header, rows, totalsRow, formats, rowFormats } = section.table;
  const body = rows
    .map((row, i) => `<tr${i === totalsRow ? ' class="total"' : ''}>${row.map((cell, c) => `<td${typeof cell === 'number' ? ' class="n"' : ''}>${escapeHtml(formatReportValue(cell, rowFormats?.[i] ?? formats[c] ?? 'text', model.lang, model.currency))}</td>`).join('')}</tr>`)
    .join('');
  return `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2><div class="pair"><table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>${svg ? `<figure>${svg}</figure>` : ''}</div></section>`;
}
