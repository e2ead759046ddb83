import { buildReportModel } from '../../../shared/core/insights/reportModel';
import { readCustomerTable } from '../../../shared/core/table/readCustomerTable';
import { defaultTemplate } from '../../../shared/core/template/defaultTemplate';
import { renderReportHtml } from '../../../shared/report/renderReportHtml';
import { escapeHtml } from '../../../shared/report/escapeHtml';

describe('HTML report', () => {
  it('is self-contained, escapes every value and carries charts as SVG', async () => {
    const evil = '<script>alert(1)</script>';
    const table = readCustomerTable(defaultTemplate, { name: 'C', values: [['Name', 'Owner', 'Total Spend', 'Phone'], ['王芳', evil, 100, '13812345678'], ['张伟', '李娜', 50, '13912345678']] }, { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null });
    const html = await renderReportHtml(buildReportModel(table, { today: '2026-11-22', lang: 'en' }));
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)=["']https?:/);
    expect(html).toContain("default-src 'none'");
  });
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
