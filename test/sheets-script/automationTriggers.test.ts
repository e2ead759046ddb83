import { loadAutomationSettings, saveAutomationSettings, DEFAULT_AUTOMATION_SETTINGS } from '../../sheets-script/src/automationSettings';
import { installAutomation, installedAutomations, removeAutomation } from '../../sheets-script/src/automationTriggers';
import type { AutomationConsent } from '../../shared/commands/commandApi';
import { FakeAppsScript } from './fakeAppsScript';

const consent: AutomationConsent = { consent: true };

describe('Dossier triggers', () => {
  it('installs nothing without consent', () => {
    const fake = new FakeAppsScript();
    const { scriptApp } = fake.automation();
    const spreadsheet = fake.services().spreadsheet;
    expect(() => installAutomation(scriptApp, spreadsheet, 'daily', undefined, { dailyHour: 8 })).toThrow(/only after you agree/);
    expect(() => installAutomation(scriptApp, spreadsheet, 'edit', { consent: false } as unknown as AutomationConsent, { dailyHour: 8 })).toThrow(/only after you agree/);
    expect(fake.triggers).toEqual([]);
  });

  it('installs each kind once, as Apps Script builds them; the daily trigger is replaced, never doubled', () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    const { scriptApp } = fake.automation();
    const spreadsheet = fake.services().spreadsheet;
    installAutomation(scriptApp, spreadsheet, 'edit', consent, { dailyHour: 8 });
    installAutomation(scriptApp, spreadsheet, 'edit', consent, { dailyHour: 8 });
    installAutomation(scriptApp, spreadsheet, 'formSubmit', consent, { dailyHour: 8 });
    installAutomation(scriptApp, spreadsheet, 'daily', consent, { dailyHour: 8 });
    installAutomation(scriptApp, spreadsheet, 'daily', consent, { dailyHour: 19 });
    expect(fake.triggers.map(({ id: _id, ...t }) => t)).toEqual([
      { handler: 'dossierOnEdit', event: 'edit', sourceId: 'ss-1' },
      { handler: 'dossierOnFormSubmit', event: 'formSubmit', sourceId: 'ss-1' },
      { handler: 'dossierDaily', event: 'clock', sourceId: null, everyDays: 1, atHour: 19, timeZone: 'Asia/Shanghai' },
    ]);
    expect(installedAutomations(scriptApp)).toEqual(['edit', 'formSubmit', 'daily']);
  });

  it('removes only the kind asked for, leaving the long-job resume trigger alone', () => {
    const fake = new FakeAppsScript();
    const { scriptApp } = fake.automation();
    scriptApp.newTrigger('resumeDossierJob').timeBased().after(60_000).create();
    installAutomation(scriptApp, fake.services().spreadsheet, 'edit', consent, { dailyHour: 8 });
    installAutomation(scriptApp, fake.services().spreadsheet, 'daily', consent, { dailyHour: 8 });
    removeAutomation(scriptApp, 'edit');
    expect(fake.triggers.map((t) => t.handler)).toEqual(['resumeDossierJob', 'dossierDaily']);
    expect(installedAutomations(scriptApp)).toEqual(['daily']);
  });
});

describe('trigger settings in document properties', () => {
  it('starts from the defaults and keeps one address per owner, trimmed', () => {
    const fake = new FakeAppsScript();
    const props = fake.services().documentProperties;
    expect(loadAutomationSettings(props)).toEqual({ ...DEFAULT_AUTOMATION_SETTINGS, lang: null });
    const saved = saveAutomationSettings(props, {
      dailyHour: 7,
      ownerEmails: [{ owner: ' 李娜 ', email: 'lina@example.com ' }, { owner: '', email: '' }, { owner: '王强', email: '' }, { owner: '李娜', email: 'li.na@example.com' }],
      backup: { enabled: true, keep: 3, folderId: ' folder-backups ' },
    }, 'zh');
    expect(saved).toEqual({ dailyHour: 7, ownerEmails: [{ owner: '李娜', email: 'li.na@example.com' }], backup: { enabled: true, keep: 3, folderId: 'folder-backups' } });
    expect(loadAutomationSettings(props).lang).toBe('zh');
  });

  it('refuses a bad hour, a bad address, an address without owner, and backups without a folder, with sentences', () => {
    const props = new FakeAppsScript().services().documentProperties;
    const base = DEFAULT_AUTOMATION_SETTINGS;
    expect(() => saveAutomationSettings(props, { ...base, dailyHour: 24 })).toThrow('The hour of the daily run must be a whole number from 0 to 23.');
    expect(() => saveAutomationSettings(props, { ...base, ownerEmails: [{ owner: '李娜', email: 'lina at example' }] })).toThrow('"lina at example" (for 李娜) is not an e-mail address.');
    expect(() => saveAutomationSettings(props, { ...base, ownerEmails: [{ owner: ' ', email: 'x@example.com' }] })).toThrow(/has no owner name/);
    expect(() => saveAutomationSettings(props, { ...base, backup: { enabled: true, keep: 3, folderId: null } })).toThrow(/Choose the Drive folder/);
    expect(() => saveAutomationSettings(props, { ...base, backup: { enabled: false, keep: 0, folderId: null } })).toThrow(/from 1 to 100/);
    expect(props.getProperty('dossier.automation')).toBeNull();
  });
});
