import type { ReportCell, ReportModel } from '../core/insights/reportModel';
import { chartSvg } from './chartSvg';
import { escapeHtml } from './escapeHtml';

/**
 * The report as one self-contained HTML page: no script, no external URL,
 * charts as inline SVG, every value escaped. Safe to e-mail to a manager.
 */
export async function renderReportHtml(model: ReportModel): Promise<string> {
  const parts: string[] = [];
  for (const section of model.sections) {
    const svg = await chartSvg(section);
    const { header, rows, totalsRow } = section.table;
    parts.push(
      `<section><h2>${escapeHtml(section.title)}</h2><div class="pair"><table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row, i) => `<tr${i === totalsRow ? ' class="total"' : ''}>${row.map((cell) => `<td${typeof cell === 'number' ? ' class="n"' : ''}>${escapeHtml(formatCell(cell, model.lang))}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>${svg ? `<figure>${svg}</figure>` : ''}</div></section>`,
    );
  }
  const notice = model.masked
    ? model.lang === 'zh' ? '个人信息已脱敏。' : 'Personal data is masked.'
    : model.lang === 'zh' ? '注意：个人信息未脱敏，请勿外传。' : 'Note: personal data is NOT masked; do not share.';
  return `<!doctype html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;text-align:left}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:600;background:#fafafa}
figure{margin:0}.notice{color:#555}
@page{size:A4;margin:14mm}
@media print{body{margin:0;font-size:10pt}section{break-inside:avoid}.pair{gap:.75rem}figure svg{max-width:100%;height:auto}}
</style></head><body>
<h1>${escapeHtml(model.title)}</h1><p class="notice">${escapeHtml(notice)}</p>
${parts.join('\n')}
</body></html>
`;
}

function formatCell(cell: ReportCell, lang: 'en' | 'zh'): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return cell.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
  return cell;
}
