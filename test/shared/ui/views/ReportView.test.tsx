import { fireEvent, render, screen } from '@testing-library/react';
import type { CellValue } from '../../../../shared/core/cell';
import { createCoreCommands } from '../../../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../../../shared/memory/memoryWorkbook';
import { App } from '../../../../shared/ui/App';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z' };
const sheet: CellValue[][] = [
  ['Customer ID', 'Name', 'Owner', 'Grade', 'Total Spend', 'Created', 'Last Purchase'],
  ['C1', '张伟', '李娜', 'A', 1200, '2026-11-02', '2026-11-10'],
  ['C2', '王芳', '李娜', 'B', 300, '2026-10-01', '2026-10-02'],
  ['C3', '張偉', '王芳', 'A', 50, '2024-03-01', '2025-01-01'],
];

async function generate(lang: 'en' | 'zh', uncheck: string | null): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
  render(<App api={createCoreCommands(wb, { ...env, lang })} lang={lang} />);
  await screen.findByText(lang === 'zh' ? '工作表：Customers' : 'Sheet: Customers');
  fireEvent.click(await screen.findByRole('button', { name: lang === 'zh' ? '生成报表' : 'Generate report' }));
  fireEvent.click(await screen.findByRole('button', { name: lang === 'zh' ? '选项' : 'Options' }));
  if (uncheck) {
    await screen.findAllByRole('checkbox', { hidden: true });
    const box = screen.getAllByRole('checkbox', { hidden: true }).find((b) => b.parentElement?.textContent === uncheck)!;
    fireEvent.click(box);
  }
  fireEvent.click(screen.getByRole('button', { name: lang === 'zh' ? '生成报表' : 'Generate report' }));
  // The report is built and written in the test's own process: on a busy machine that takes seconds.
  await screen.findByRole('button', { name: lang === 'zh' ? '转到报表' : 'Go to the report' }, { timeout: 20_000 });
  return wb;
}

describe('the report view', () => {
  it('writes the headline first, the sections chosen, percentages as formats, and a print area', async () => {
    const wb = await generate('en', 'By grade');
    const report = wb.sheet('Report 2026-11-22');
    const text = report.values.map((r) => r.map((c) => String(c ?? '')).join('|'));
    const headline = text.findIndex((t) => t.startsWith('At a glance: the last 30 days'));
    expect(headline).toBeGreaterThan(0);
    expect(text[headline + 1]).toBe('Measure|This period|Previous period|Change');
    expect(text.findIndex((t) => t.startsWith('Customers and spend by owner'))).toBeGreaterThan(headline);
    expect(text.some((t) => t.startsWith('By grade|'))).toBe(false);
    expect(text.some((t) => /^Data quality \d+\/100/.test(t))).toBe(true);
    expect(report.formats.flat()).toEqual(expect.arrayContaining(['0.0%', '"¥"#,##0.00', '"▲ "0.0%;"▼ "0.0%;"= "0.0%']));
    expect(report.print).toMatchObject({ fitToWidth: true });
    expect(report.charts.length).toBeGreaterThan(0);
    expect(report.charts.every((c) => c.colors && c.colors[0] === '#0072B2')).toBe(true);
  });

  it('speaks the pane\'s language', async () => {
    const wb = await generate('zh', null);
    const text = wb.sheet('Report 2026-11-22').values.map((r) => String(r[0] ?? ''));
    expect(text).toContain('概览：近 30 天（2026-10-24 – 2026-11-22，对比 2026-09-24 – 2026-10-23）');
  });
});
