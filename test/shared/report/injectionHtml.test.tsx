import { buildReportModel } from '../../../shared/core/insights/reportModel';
import { readCustomerTable } from '../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';
import { renderReportHtml } from '../../../shared/report/renderReportHtml';

// Runs in jsdom: the report is parsed as a browser would parse it.
const PAYLOADS = ["=cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>'];

describe('the HTML report with hostile customer data', () => {
  it('holds no element or handler that the data created: every value is text', async () => {
    const values = [['Name', 'Owner', 'Notes', 'Total Spend'], ...PAYLOADS.map((p, i) => [p, p, p, i + 1])];
    const table = readCustomerTable(defaultTemplate, { name: 'C', values }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const html = await renderReportHtml(buildReportModel(table, { today: '2026-11-22', lang: 'en', mask: false }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script, iframe, object').length).toBe(0);
    const withHandlers = [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
    expect(withHandlers).toEqual([]);
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    for (const p of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']) expect(cells).toContain(p);
  });
});
