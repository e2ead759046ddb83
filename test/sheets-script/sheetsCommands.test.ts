import { sheetsCommands } from '../../sheets-script/src/sheetsCommands';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import { FakeAppsScript } from './fakeAppsScript';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T08:00:00Z', lang: 'zh' as const };

function setup() {
  const fake = new FakeAppsScript();
  fake.addSheet('客户档案', [['客户编号', '姓名', '电话', '负责人', '更新日期', '最近联系'], ['C1', '张伟', '+8613812345678', '李娜', '2024-01-01', ''], ['C2', '王芳', '+8613900000000', '王强', '2026-11-01', '']]);
  const services = fake.services();
  const api = sheetsCommands(new SheetsWorkbook(services), services, fake.automation(), env);
  return { fake, api };
}

describe('the sidebar commands in Sheets', () => {
  it('highlights stale rows with a conditional format when the stale view opens', async () => {
    const { fake, api } = setup();
    const result = await api.stale();
    expect(result.byOwner.flatMap((g) => g.stale.map((e) => `${g.owner}: ${e.name}`))).toEqual(['李娜: 张伟']);
    expect(fake.state('客户档案').conditionalRules).toEqual([
      { formula: '=AND(COUNTA($A2:$F2)>0,OR(AND($E2="",$F2=""),TODAY()-MAX($E2,$F2)>180))', background: '#e7e6e6', ranges: ['客户档案!R2C1:R1000C6'] },
    ]);
  });

  it('offers the triggers: status, consent required, one daily trigger moved by a new hour, removal', async () => {
    const { fake, api } = setup();
    const status = await api.automationStatus!();
    expect(status).toEqual({
      installed: [],
      settings: { dailyHour: 8, ownerEmails: [], backup: { enabled: false, keep: 7, folderId: null } },
      owners: ['李娜', '王强'],
      lastDaily: null,
      runsAs: 'alice@example.com',
    });
    await expect(api.installAutomation!('daily', undefined as never)).rejects.toThrow('未安装任何内容：只有在您同意其作用后才会安装触发器。');
    expect(fake.triggers).toEqual([]);
    expect((await api.installAutomation!('daily', { consent: true })).installed).toEqual(['daily']);
    const saved = await api.saveAutomationSettings!({ ...status.settings, dailyHour: 18, ownerEmails: [{ owner: '李娜', email: 'lina@example.com' }] });
    expect(saved.settings.ownerEmails).toEqual([{ owner: '李娜', email: 'lina@example.com' }]);
    expect(fake.triggers.map((t) => [t.handler, t.atHour])).toEqual([['dossierDaily', 18]]);
    await expect(api.saveAutomationSettings!({ ...status.settings, dailyHour: 30 })).rejects.toThrow('每日运行的时间必须是 0 到 23 之间的整数。');
    expect((await api.removeAutomation!('daily')).installed).toEqual([]);
    expect(fake.triggers).toEqual([]);
  });
});
