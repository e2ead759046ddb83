import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../shared/ui/App';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { STRINGS } from '../../../shared/ui/i18n/strings';
import type { CellValue } from '../../../shared/core/cell';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' as const };
const sheet: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Owner', 'Updated', 'Next Follow-up'],
  ['C1', '张伟', '138-1234-5678', null, '李娜', '2024-01-01', '2026-11-20'],
  ['C2', '王芳', '+8613900000000', 'WF@qq.com', '李娜', '2026-11-01', null],
  ['C3', '張偉', '+8613812345678', 'zw@163.com', null, '2025-03-01', null],
];

// jsdom lays nothing out: the virtualized lists get a pane-sized box to fill.
beforeAll(() => {
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(320);
});

function setup(lang: 'en' | 'zh' = 'en') {
  const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: sheet }]);
  const api = createCoreCommands(wb, { ...env, lang });
  render(<App api={api} lang={lang} />);
  return wb;
}

describe('the pane', () => {
  it('shows the status card and every action by its accessible name', async () => {
    setup();
    await screen.findByText('Sheet: Customers');
    for (const name of ['Apply template', 'Check', 'Fix', 'Duplicates', 'Stale & follow-ups', 'Import', 'Generate report', 'Settings']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('speaks Chinese', async () => {
    setup('zh');
    await screen.findByText('工作表：Customers');
    expect(screen.getByRole('button', { name: '生成报表' })).toBeTruthy();
  });

  it('check lists findings; fix preview toggles a field off and applies exactly the rest; undo restores', async () => {
    const wb = setup();
    await screen.findByText('Sheet: Customers');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('tab', { name: /Warnings/ });
    fireEvent.click(await screen.findByRole('button', { name: /^Fix \d+ suggestions$/ }));
    const phone = await screen.findByRole('checkbox', { name: /Phone/ });
    const email = screen.getByRole('checkbox', { name: /Email/ });
    fireEvent.click(email);
    fireEvent.click(screen.getByRole('button', { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Changed \d+ cells/);
    expect(phone).toBeTruthy();
    expect(wb.sheet('Customers').values[1]![2]).toBe('+8613812345678');
    expect(wb.sheet('Customers').values[2]![3]).toBe('WF@qq.com');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undid "Fix".');
    expect(wb.sheet('Customers').values).toEqual(sheet);
  });

  it('duplicates: keyboard N marks not duplicates, then the queue is done', async () => {
    setup();
    await screen.findByText('Sheet: Customers');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicates' }));
    await screen.findByText(/Cluster 1 of 1/);
    expect(screen.getByRole('group', { name: 'Decision for this cluster' })).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(window, { key: 'n' });
    });
    await screen.findByText(/Done: 0 merged, 1 marked not duplicates, 0 skipped/);
  });

  it('duplicates: keys work with focus on a picked value; Not duplicates can be undone and the cluster comes back', async () => {
    const wb = setup();
    await screen.findByText('Sheet: Customers');
    fireEvent.click(screen.getByRole('button', { name: 'Duplicates' }));
    await screen.findByText(/Cluster 1 of 1/);
    const radio = screen.getAllByRole('radio')[0]!;
    fireEvent.click(radio);
    await act(async () => {
      fireEvent.keyDown(radio, { key: 'n' });
    });
    await screen.findByText(/Done: 0 merged, 1 marked not duplicates, 0 skipped/);
    expect(JSON.stringify(wb.sheet('_dossier_state').values)).toContain('notDuplicates');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/Cluster 1 of 1/);
    expect(JSON.stringify(wb.sheet('_dossier_state').values)).not.toContain('notDuplicates');
  });

  it('has every string in both languages', () => {
    expect(Object.keys(STRINGS.zh).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const value of Object.values(STRINGS.zh)) expect(value.trim()).not.toBe('');
  });

  it('stale view groups by owner and marks contacted today', async () => {
    const wb = setup();
    await screen.findByText('Sheet: Customers');
    fireEvent.click(screen.getByRole('button', { name: 'Stale & follow-ups' }));
    const owner = await screen.findByRole('heading', { name: '李娜' });
    expect(owner).toBeTruthy();
    fireEvent.click(screen.getAllByRole('checkbox', { name: /张伟 · Row 2/ })[0]!);
    fireEvent.click(screen.getByRole('button', { name: /Mark contacted today \(1\)/ }));
    await screen.findByText(/Marked 1 customers contacted today/);
    await waitFor(() => expect(wb.sheet('Customers').values[0]).toContain('Last Contact'));
    void within;
  });
});

describe('segments and erasure in the pane', () => {
  it('writes segments from the report view and erases a customer in two steps', async () => {
    const wb = setup();
    await screen.findByText('Sheet: Customers');
    fireEvent.click(screen.getByRole('button', { name: 'Generate report' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Write segments' }));
    await screen.findByText(/Updated \d+ cells/);
    expect(wb.sheet('Customers').values[0]).toContain('Stage');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'E-mail, phone or customer id' }), { target: { value: 'wf@qq.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Erase' }));
    fireEvent.click(screen.getByRole('button', { name: 'Erase for good' }));
    await screen.findByText(/Erased C2: 2 rows removed/); // the sheet and the snapshot taken by the segment write
    expect(wb.sheet('Customers').values.some((r) => r.includes('王芳'))).toBe(false);
  });
});
