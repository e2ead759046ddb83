import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildSheetsProject } from './buildSheetsProject';
import { FakeAppsScript } from './fakeAppsScript';

jest.setTimeout(120_000);

/**
 * The bundled Code.js, loaded into a Node `vm` context that holds only
 * Apps Script-like globals backed by the fake (no require, no process, no
 * module), and its entry points run there: the bundle must not lean on Node.
 */
describe('the built Apps Script bundle in a sandbox', () => {
  let code: string;
  beforeAll(() => {
    code = readFileSync(join(buildSheetsProject(), 'Code.js'), 'utf8');
  });

  function sandbox(fake: FakeAppsScript, locale = 'zh_CN') {
    const context = vm.createContext(fake.globals({ locale }));
    vm.runInContext(code, context, { filename: 'Code.js' });
    /** Calls a top-level function of Code.js with arguments built outside the sandbox. */
    const call = (fn: string, ...args: unknown[]): unknown => (vm.runInContext(fn, context) as (...a: unknown[]) => unknown)(...args);
    return { context, call };
  }

  /** Today in the spreadsheet's time zone (Asia/Shanghai), as the bundle computes it from the real clock. */
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  it('holds no Node globals and runs onOpen, a menu action and the sidebar command in the sandbox', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('客户档案', [['客户编号', '姓名', '电话', '邮箱'], ['C1', '王芳', '138-1234-5678', ' A@B.COM '], ['C2', '张伟', '12345', null as unknown as string]]);
    const { context, call } = sandbox(fake);
    // Node's and browsers' globals Apps Script's V8 does not have (https://developers.google.com/apps-script/guides/v8-runtime): the bundle must not reach for them.
    for (const name of ['require', 'process', 'module', 'TextEncoder', 'TextDecoder', 'setTimeout', 'URL', 'Buffer', 'structuredClone']) expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    call('onOpen');
    expect(fake.menus).toContain('Dossier 客户档案/检查=menuCheck');
    await call('menuCheck');
    expect(fake.toasts[0]).toMatch(/2 行：1 个错误，2 个警告/);
    expect(fake.state('客户档案').notes[2]![2]).toMatch(/^Dossier: /);
    const status = await call('dossierCommand', 'r1', 'status', []);
    expect(status).toMatchObject({ sheet: '客户档案', rows: 2, errors: 1 });
    expect(call('dossierResult', 'r1')).toMatchObject({ ok: true, value: { rows: 2 } });
  });

  it('installs a trigger from the sidebar only with consent, and lists it', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('客户档案', [['客户编号', '姓名', '电话'], ['C1', '王芳', '13812345678']]);
    const { call } = sandbox(fake);
    await expect(call('dossierCommand', 'r1', 'installAutomation', ['edit', {}])).rejects.toThrow('未安装任何内容');
    const status = await call('dossierCommand', 'r2', 'installAutomation', ['edit', { consent: true }]);
    expect(status).toMatchObject({ installed: ['edit'] });
    await call('dossierCommand', 'r3', 'installAutomation', ['edit', { consent: true }]);
    expect(fake.triggers.map((t) => [t.handler, t.event, t.sourceId])).toEqual([['dossierOnEdit', 'edit', 'ss-1']]);
  });

  it('dossierOnEdit marks the edited rows and nothing else', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    const sheet = fake.addSheet('客户档案', [['客户编号', '姓名', '电话'], ['C1', '张伟', '12345'], ['C2', '王芳', 'bad'], ['C3', '李雷', '139 0000 0000']]);
    const { call } = sandbox(fake);
    await call('dossierOnEdit', fake.editEvent('客户档案', 3, 2));
    expect(sheet.notes.map((r) => r.map((n) => n.startsWith('Dossier: ')))).toEqual([[false, false, false], [false, false, false], [false, false, true], [false, false, true]]);
    expect(sheet.notes[2]![2]).toBe('Dossier: 电话"bad"不是有效的电话号码。');
  });

  it('dossierOnFormSubmit appends a new customer and updates a known one', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('表单回复 1', [['时间戳', '姓名', '手机号码', '邮箱']]);
    const sheet = fake.addSheet('客户档案', [['客户编号', '姓名', '电话', '邮箱'], ['C1', '张伟', '+8613812345678', '']]);
    const { call } = sandbox(fake);
    await call('dossierOnFormSubmit', fake.submitForm('表单回复 1', { 姓名: '张伟', 手机号码: '138 1234 5678', 邮箱: 'zw@163.com' }));
    await call('dossierOnFormSubmit', fake.submitForm('表单回复 1', { 姓名: '李雷', 手机号码: '13700000000', 邮箱: 'll@example.com' }));
    expect(sheet.values.map((r) => r.slice(0, 4))).toEqual([
      ['客户编号', '姓名', '电话', '邮箱'],
      ['C1', '张伟', '+8613812345678', 'zw@163.com'],
      ['C2', '李雷', '+8613700000000', 'll@example.com'],
    ]);
    expect(fake.calls.scriptLock).toBe(2);
    expect(fake.logs).toEqual([
      'Dossier: form response merged into "客户档案": 0 added, 1 updated, 0 for review, 0 rejected.',
      'Dossier: form response merged into "客户档案": 1 added, 0 updated, 0 for review, 0 rejected.',
    ]);
  });

  it('dossierDaily sends one mail per owner within the quota and keeps the last N backups', async () => {
    const fake = new FakeAppsScript('Asia/Shanghai');
    fake.addSheet('客户档案', [
      ['客户编号', '姓名', '电话', '负责人', '更新日期', '下次回访', '生日'],
      ['C1', '张伟', '13812345678', '李娜', '2020-01-01', '', ''],
      ['C2', '王芳', '13900000000', '李娜', today, today, `2000-${today.slice(5)}`],
      ['C3', '李雷', '13700000000', '王强', '2020-01-01', '', ''],
      ['C4', '韩梅', '13600000000', '赵六', '2020-01-01', '', ''],
    ]);
    for (const day of ['2020-01-01', '2020-01-02', '2020-01-03']) fake.driveFiles.push({ id: day, name: `Customer file backup ${day}`, folderId: 'folder-backups', trashed: false, created: new Date(0), copyOf: null });
    fake.mailQuota = 1;
    // This deployment turned the backup on and added the drive scope to appsscript.json (off by default: a restricted scope).
    fake.scopes = [...fake.scopes, 'https://www.googleapis.com/auth/drive'];
    const { call } = sandbox(fake);
    await call('dossierCommand', 'r1', 'saveAutomationSettings', [{
      dailyHour: 7,
      ownerEmails: [{ owner: '李娜', email: 'lina@example.com' }, { owner: '王强', email: 'wq@example.com' }],
      backup: { enabled: true, keep: 2, folderId: 'folder-backups' },
    }]);
    await call('dossierDaily');
    expect(fake.mails.map((m) => [m.to, m.subject])).toEqual([['lina@example.com', `Dossier 客户档案：${today} 有 2 位客户需要关注（Customer file）`]]);
    expect(fake.mails[0]!.body).toContain('- 王芳 · +8613900000000');
    expect(fake.driveFiles.filter((f) => f.folderId === 'folder-backups' && !f.trashed).map((f) => f.name)).toEqual(['Customer file backup 2020-01-03', `Customer file backup ${today}`]);
    const status = (await call('dossierCommand', 'r2', 'automationStatus', [])) as { lastDaily: Record<string, unknown> };
    expect(status.lastDaily).toMatchObject({ sent: 1, notSent: 1, ownersWithoutAddress: 1, backup: `Customer file backup ${today}`, trashedBackups: 2 });
    expect(status.lastDaily.problem).toBe('今日邮件配额或运行时间已用完，未发送的摘要：1 封。');
  });
});
