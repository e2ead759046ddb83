import type { AutomationSettings, DailyRunSummary } from '../../shared/commands/commandApi';
import { isDossierError } from '../../shared/core/errors';
import type { Lang } from '../../shared/core/i18n/lang';
import { findStale } from '../../shared/core/operations/stale';
import type { Template } from '../../shared/core/template/templateSchema';
import type { SpreadsheetFile } from './appsScriptServices';
import type { AutomationServices } from './automationServices';
import { digestMail } from './digestMail';
import { backupSpreadsheet } from './driveBackup';
import { ownerDigests } from './ownerDigests';
import type { SheetsWorkbook } from './sheetsWorkbook';

/** Stop starting new work after this long: one execution may run 6 minutes. */
const TIME_BUDGET_MS = 4.5 * 60_000;

/**
 * The daily trigger: one mail per owner with something to hear about
 * (sent through MailApp within the day's remaining recipients, which
 * getRemainingDailyQuota() gives for this execution; each digest has one
 * recipient), then the optional Drive backup. Owners without an address in
 * Settings are skipped and counted; digests the quota or the time budget
 * leave unsent are counted, never dropped silently. One read of the
 * customer sheet, whatever its size.
 */
export async function runDaily(
  port: SheetsWorkbook,
  automation: Pick<AutomationServices, 'mailApp' | 'driveApp' | 'now'>,
  spreadsheet: Pick<SpreadsheetFile, 'getId' | 'getName'>,
  options: { template: Template; lang: Lang; today: string; settings: AutomationSettings },
): Promise<DailyRunSummary> {
  const started = automation.now();
  const problems: string[] = [];
  const zh = options.lang === 'zh';
  let sent = 0;
  let notSent = 0;
  let ownersWithoutAddress = 0;
  try {
    const report = await findStale(port, { template: options.template, today: options.today, lang: options.lang });
    const { digests } = ownerDigests(report);
    const addresses = new Map(options.settings.ownerEmails.map((e) => [e.owner.trim(), e.email.trim()]));
    let quota = automation.mailApp.getRemainingDailyQuota();
    for (const digest of digests) {
      const to = addresses.get(digest.owner);
      if (!to) {
        ownersWithoutAddress++;
        continue;
      }
      if (quota < 1 || automation.now() - started > TIME_BUDGET_MS) {
        notSent++;
        continue;
      }
      const mail = digestMail(digest, { lang: options.lang, spreadsheetName: spreadsheet.getName(), today: options.today, staleDays: report.days });
      automation.mailApp.sendEmail({ to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: 'Dossier' });
      quota--;
      sent++;
    }
    if (notSent > 0) problems.push(zh ? `今日邮件配额或运行时间已用完，未发送的摘要：${notSent} 封。` : `The day's mail quota or the run's time ran out; digests not sent: ${notSent}.`);
  } catch (error) {
    problems.push(sentence(error, options.lang));
  }

  let backup: string | null = null;
  let trashedBackups = 0;
  const { enabled, folderId, keep } = options.settings.backup;
  if (enabled && folderId) {
    try {
      const result = backupSpreadsheet(automation.driveApp, { spreadsheetId: spreadsheet.getId(), spreadsheetName: spreadsheet.getName(), folderId, keep, today: options.today });
      backup = result.made;
      trashedBackups = result.trashed.length;
    } catch (error) {
      problems.push(zh ? `备份未完成：${backupProblem(error, options.lang)}` : `The backup did not finish: ${backupProblem(error, options.lang)}`);
    }
  }
  return { time: new Date(started).toISOString(), sent, ownersWithoutAddress, notSent, backup, trashedBackups, problem: problems.join(' ') || null };
}

/**
 * The project does not ask for the `drive` scope by default (it is a
 * restricted scope); Apps Script then refuses DriveApp with "You do not
 * have permission to call DriveApp… Required permissions: …/auth/drive".
 */
function backupProblem(error: unknown, lang: Lang): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Required permissions:.*\/auth\/drive(?![.\w])/.test(text)) {
    return lang === 'zh'
      ? '备份需要访问 Google 云端硬盘，而本安装未申请该权限。部署 Dossier 的人可以添加 drive 权限（见 README），或关闭备份。'
      : 'it needs access to Google Drive, which this installation does not ask for. Whoever deployed Dossier can add the drive scope (see the README), or turn the backup off.';
  }
  return sentence(error, lang);
}

function sentence(error: unknown, lang: Lang): string {
  if (isDossierError(error)) return error.messageIn(lang);
  return error instanceof Error ? error.message : String(error);
}
