import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../shared/ui/App';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';
import { sheetsCommands } from '../../../sheets-script/src/sheetsCommands';
import { SheetsWorkbook } from '../../../sheets-script/src/sheetsWorkbook';
import { FakeAppsScript } from '../../sheets-script/fakeAppsScript';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z' };
const customers = [['Customer ID', 'Name', 'Phone', 'Owner'], ['C1', '张伟', '+8613812345678', '李娜'], ['C2', '王芳', '+8613900000000', '王强']];

function sheets(lang: 'en' | 'zh') {
  const fake = new FakeAppsScript();
  fake.addSheet('Customers', customers.map((r) => [...r]));
  const services = fake.services();
  render(<App api={sheetsCommands(new SheetsWorkbook(services), services, fake.automation(), { ...env, lang })} lang={lang} />);
  return fake;
}

async function openSettings(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
}

describe('Settings: triggers and reminders', () => {
  it('installs the daily trigger only after the consent step, and saves owner addresses', async () => {
    const fake = sheets('en');
    await openSettings('Settings');
    const install = await screen.findByRole('button', { name: 'Install: Daily digest and backup' });
    fireEvent.click(install);
    const consent = screen.getByRole('group', { name: 'Before installing "Daily digest and backup"' });
    expect(within(consent).getByText(/sent from alice@example\.com/)).toBeTruthy();
    expect(fake.triggers).toEqual([]);
    fireEvent.click(within(consent).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Before installing/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Install: Daily digest and backup' }));
    fireEvent.click(screen.getByRole('button', { name: 'I agree, install' }));
    await screen.findByText('Installed: Daily digest and backup.');
    expect(fake.triggers.map((t) => [t.handler, t.atHour])).toEqual([['dossierDaily', 8]]);
    expect(screen.getByRole('button', { name: 'Remove: Daily digest and backup' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('E-mail for 李娜'), { target: { value: 'lina@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger settings' }));
    await screen.findByText('Trigger settings saved.');
    expect(JSON.parse(fake.documentProperties.get('dossier.automation')!).ownerEmails).toEqual([{ owner: '李娜', email: 'lina@example.com' }]);
  });

  it('shows a refused setting as a sentence and changes nothing', async () => {
    const fake = sheets('en');
    await openSettings('Settings');
    fireEvent.change(await screen.findByLabelText('E-mail for 王强'), { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger settings' }));
    await screen.findByText('"not an address" (for 王强) is not an e-mail address.');
    expect(fake.documentProperties.has('dossier.automation')).toBe(false);
  });

  it('speaks Chinese', async () => {
    sheets('zh');
    await openSettings('设置');
    expect(await screen.findByRole('heading', { name: '触发器与提醒' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '安装：检查编辑的行' }));
    expect(screen.getByRole('group', { name: '安装"检查编辑的行"之前' })).toBeTruthy();
  });

  it('is not offered where the host has no triggers', async () => {
    render(<App api={createCoreCommands(MemoryWorkbook.fromSheets([{ name: 'Customers', values: customers }]), { ...env, lang: 'en' })} lang="en" />);
    await openSettings('Settings');
    await screen.findByRole('button', { name: 'Save' });
    expect(screen.queryByRole('heading', { name: 'Triggers and reminders' })).toBeNull();
  });
});
