import type { Lang } from '../../shared/core/i18n/lang';
import type { DigestEntry, OwnerDigest } from './ownerDigests';

export interface DigestMail {
  readonly subject: string;
  /** Plain text, for clients that show no HTML. */
  readonly body: string;
  /** The same content as HTML, every value escaped. */
  readonly htmlBody: string;
}

/**
 * One owner's daily mail, in the team's language.
 *
 * Personal data: each mail goes to one owner and lists only the customers
 * that owner is responsible for; their names and phones are what the owner
 * needs to make the call, so they are not masked (the core's maskPii is for
 * reports that travel beyond the people responsible for the customers).
 * Nothing else about a customer is included: no e-mail address, postal
 * address, customer id, notes, spend or segment, so a forwarded or
 * misdirected digest discloses as little as the job allows.
 */
export function digestMail(digest: OwnerDigest, options: { lang: Lang; spreadsheetName: string; today: string; staleDays: number }): DigestMail {
  const zh = options.lang === 'zh';
  const total = new Set([...digest.stale, ...digest.followUpsDue, ...digest.birthdaysToday].map((e) => e.row)).size;
  const file = oneLine(options.spreadsheetName);
  const subject = zh ? `Dossier 客户档案：${options.today} 有 ${total} 位客户需要关注（${file}）` : `Dossier: ${total} customer${total === 1 ? '' : 's'} to look at on ${options.today} (${file})`;
  const sections: Array<{ title: string; lines: string[] }> = [
    {
      title: zh ? `长期未联系（超过 ${options.staleDays} 天）：${digest.stale.length}` : `Not contacted for more than ${options.staleDays} days: ${digest.stale.length}`,
      lines: digest.stale.map((e) => line(e, e.date === null ? (zh ? '从未更新或联系' : 'never updated or contacted') : zh ? `上次 ${e.date}（${e.daysSince} 天前）` : `last ${e.date} (${e.daysSince} days ago)`)),
    },
    { title: zh ? `待回访：${digest.followUpsDue.length}` : `Follow-ups due: ${digest.followUpsDue.length}`, lines: digest.followUpsDue.map((e) => line(e, zh ? `回访日 ${e.date}` : `due ${e.date}`)) },
    { title: zh ? `今天生日：${digest.birthdaysToday.length}` : `Birthdays today: ${digest.birthdaysToday.length}`, lines: digest.birthdaysToday.map((e) => line(e, null)) },
  ].filter((s) => s.lines.length > 0);
  const greeting = zh ? `${digest.owner}，您好：` : `Hello ${digest.owner},`;
  const footer = zh
    ? `此邮件由表格"${file}"中 Dossier 的每日触发器发送。要停止接收，请在 Dossier 侧边栏 → 设置中移除每日触发器。`
    : `Sent by Dossier's daily trigger in the spreadsheet "${file}". To stop these e-mails, remove the daily trigger in the Dossier sidebar → Settings.`;
  const body = [greeting, '', ...sections.flatMap((s) => [s.title, ...s.lines.map((l) => `- ${l}`), '']), footer].join('\n');
  const htmlBody = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...sections.map((s) => `<h3>${escapeHtml(s.title)}</h3><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`),
    `<p style="color:#666">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { subject, body, htmlBody };
}

function line(entry: DigestEntry, detail: string | null): string {
  return [entry.name || `#${entry.row}`, entry.phone, detail].filter((part) => part !== null && part !== '').join(' · ');
}

/** A subject is one line: a sheet name with a line break must not start a mail header. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

/** Text as HTML text content: a customer named `<b>` is shown, never parsed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
