import { runDaily } from '../../sheets-script/src/dailyRun';
import { escapeHtml } from '../../sheets-script/src/digestMail';
import { SheetsWorkbook } from '../../sheets-script/src/sheetsWorkbook';
import type { AutomationSettings } from '../../shared/commands/commandApi';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { FakeAppsScript } from './fakeAppsScript';

const header = ['客户编号', '姓名', '电话', '邮箱', '负责人', '更新日期', '下次回访', '生日'];
const rows = [
  ['C1', '张伟', '13812345678', 'zw@163.com', '李娜', '2025-01-01', '', ''],
  ['C2', '王芳', '13900000000', 'wf@qq.com', '李娜', '2026-11-01', '2026-11-20', '1990-11-22'],
  ['C3', '<b>Evil</b>', '13700000000', '', '王强', '', '', ''],
  ['C4', '赵六', '13600000000', '', '赵六', '2020-01-01', '', ''],
  ['C5', '无主', '13500000000', '', '', '2020-01-01', '', ''],
  ['C6', '钱七', '13400000000', '', '李娜', '2026-11-10', '', '1990-11-23'],
];
const settings: AutomationSettings = {
  dailyHour: 8,
  ownerEmails: [{ owner: '李娜', email: 'lina@example.com' }, { owner: '王强', email: 'wq@example.com' }],
  backup: { enabled: false, keep: 2, folderId: null },
};
const options = { template: defaultTemplate, lang: 'en' as const, today: '2026-11-22', settings };

function setup(values: string[][] = rows) {
  const fake = new FakeAppsScript();
  fake.addSheet('客户档案', [header, ...values]);
  return { fake, port: new SheetsWorkbook(fake.services()), spreadsheet: fake.services().spreadsheet };
}

describe('the daily trigger: one digest per owner', () => {
  it('mails each owner with an address their own stale customers, follow-ups due and birthdays today', async () => {
    const { fake, port, spreadsheet } = setup();
    const summary = await runDaily(port, fake.automation(), spreadsheet, options);
    expect(summary).toEqual({ time: '2026-11-22T07:00:00.000Z', sent: 2, ownersWithoutAddress: 1, notSent: 0, backup: null, trashedBackups: 0, problem: null });
    expect(fake.mails.map((m) => m.to)).toEqual(['lina@example.com', 'wq@example.com']);
    const lina = fake.mails[0]!;
    expect(lina.subject).toBe('Dossier: 2 customers to look at on 2026-11-22 (Customer file)');
    expect(lina.body).toContain('- 张伟 · +8613812345678 · last 2025-01-01 (690 days ago)');
    expect(lina.body).toContain('Follow-ups due: 1\n- 王芳 · +8613900000000 · due 2026-11-20');
    expect(lina.body).toContain('Birthdays today: 1\n- 王芳 · +8613900000000');
    // Only what the call needs: no other owner's customers, no e-mail addresses, no tomorrow's birthday.
    for (const absent of ['Evil', '赵六', '无主', '钱七', 'zw@163.com', 'wf@qq.com']) expect(lina.body + lina.htmlBody).not.toContain(absent);
    const wq = fake.mails[1]!;
    expect(wq.body).toContain('- <b>Evil</b> · +8613700000000 · never updated or contacted');
    expect(wq.htmlBody).toContain('<li>&lt;b&gt;Evil&lt;/b&gt; · +8613700000000 · never updated or contacted</li>');
    expect(wq.htmlBody).not.toContain('<b>Evil');
  });

  it('writes in Chinese when the team works in Chinese', async () => {
    const { fake, port, spreadsheet } = setup();
    await runDaily(port, fake.automation(), spreadsheet, { ...options, lang: 'zh' });
    expect(fake.mails[0]!.subject).toBe('Dossier 客户档案：2026-11-22 有 2 位客户需要关注（Customer file）');
    expect(fake.mails[0]!.body).toContain('李娜，您好：');
    expect(fake.mails[0]!.body).toContain('长期未联系（超过 180 天）：1');
  });

  it('stops before the mail quota runs out, and says how many were not sent', async () => {
    const { fake, port, spreadsheet } = setup();
    fake.mailQuota = 1;
    const summary = await runDaily(port, fake.automation(), spreadsheet, options);
    expect(summary).toMatchObject({ sent: 1, notSent: 1, problem: "The day's mail quota or the run's time ran out; digests not sent: 1." });
    expect(fake.mails).toHaveLength(1);
    expect(fake.mailQuota).toBe(0);
  });

  it('stops starting mails when the run nears the 6-minute limit', async () => {
    const { fake, port, spreadsheet } = setup();
    const automation = fake.automation();
    const slowMail = { ...automation.mailApp, sendEmail: ((message: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      automation.mailApp.sendEmail(message);
      fake.clock += 5 * 60_000;
    }) as typeof automation.mailApp.sendEmail };
    const summary = await runDaily(port, { ...automation, mailApp: slowMail }, spreadsheet, options);
    expect(summary).toMatchObject({ sent: 1, notSent: 1 });
  });

  it('reads the customer sheet once, whatever its size', async () => {
    const counts = async (n: number) => {
      const many = Array.from({ length: n }, (_, i) => [`C${i + 1}`, `客户${i}`, '13700000000', '', i % 2 ? '李娜' : '王强', '2020-01-01', '', '']);
      const { fake, port, spreadsheet } = setup(many);
      await runDaily(port, fake.automation(), spreadsheet, options);
      return { ...fake.calls };
    };
    const small = await counts(10);
    expect(small).toEqual(await counts(1000));
    expect(small.sendEmail).toBe(2);
  });
});

describe('the daily trigger: dated backup in Drive', () => {
  const backupSettings = { ...settings, ownerEmails: [], backup: { enabled: true, keep: 2, folderId: 'folder-backups' } };
  const file = (name: string, folderId = 'folder-backups') => ({ id: name, name, folderId, trashed: false, created: new Date(0), copyOf: null });
  /** A deployment that added the `drive` scope to appsscript.json for the backup (the README says how and what it costs). */
  const setupWithDrive = () => {
    const made = setup();
    made.fake.scopes = [...made.fake.scopes, 'https://www.googleapis.com/auth/drive'];
    return made;
  };

  it('is refused by Apps Script without the drive scope, which the project does not ask for by default; the run says what to do and still sends the digests', async () => {
    const { fake, port, spreadsheet } = setup();
    expect(fake.scopes).not.toContain('https://www.googleapis.com/auth/drive');
    const summary = await runDaily(port, fake.automation(), spreadsheet, { ...options, settings: { ...settings, backup: { enabled: true, keep: 2, folderId: 'folder-backups' } } });
    expect(summary.sent).toBe(2);
    expect(summary.backup).toBeNull();
    expect(summary.problem).toBe('The backup did not finish: it needs access to Google Drive, which this installation does not ask for. Whoever deployed Dossier can add the drive scope (see the README), or turn the backup off.');
    expect(fake.driveFiles.filter((f) => f.copyOf)).toEqual([]);
  });

  it('copies the spreadsheet as "<name> backup YYYY-MM-DD" and trashes only its own older backups beyond the last N', async () => {
    const { fake, port, spreadsheet } = setupWithDrive();
    fake.driveFiles.push(
      file('Customer file backup 2026-11-19'), file('Customer file backup 2026-11-21'), file('Customer file backup 2026-11-20'),
      file('Customer file notes'), file('Other backup 2026-01-01'), file('Customer file backup 2026-01-01', 'folder-home'),
    );
    const summary = await runDaily(port, fake.automation(), spreadsheet, { ...options, settings: backupSettings });
    expect(summary).toMatchObject({ backup: 'Customer file backup 2026-11-22', trashedBackups: 2, problem: null });
    const live = fake.driveFiles.filter((f) => !f.trashed).map((f) => `${f.folderId}/${f.name}`);
    expect(live).toEqual([
      'folder-home/Customer file', 'folder-backups/Customer file backup 2026-11-21', 'folder-backups/Customer file notes',
      'folder-backups/Other backup 2026-01-01', 'folder-home/Customer file backup 2026-01-01', 'folder-backups/Customer file backup 2026-11-22',
    ]);
    expect(fake.driveFiles.find((f) => f.name === 'Customer file backup 2026-11-22')!.copyOf).toBe('ss-1');
    // The same day again: no second copy.
    const again = await runDaily(port, fake.automation(), spreadsheet, { ...options, settings: backupSettings });
    expect(again).toMatchObject({ backup: null, trashedBackups: 0 });
    expect(fake.calls.makeCopy).toBe(1);
  });

  it('reports a missing folder as a sentence and still sends the digests', async () => {
    const { fake, port, spreadsheet } = setupWithDrive();
    const summary = await runDaily(port, fake.automation(), spreadsheet, { ...options, settings: { ...settings, backup: { enabled: true, keep: 2, folderId: 'gone' } } });
    expect(summary.sent).toBe(2);
    expect(summary.problem).toBe('The backup did not finish: No item with the given ID could be found: gone');
  });
});

describe('escapeHtml', () => {
  it('leaves no markup in text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });
});
