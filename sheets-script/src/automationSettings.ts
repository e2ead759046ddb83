import type { AutomationSettings, DailyRunSummary } from '../../shared/commands/commandApi';
import { DossierError } from '../../shared/core/errors';
import type { Lang } from '../../shared/core/i18n/lang';
import type { AppsScriptServices } from './appsScriptServices';

/**
 * The triggers' settings, kept in document properties (not in the grid:
 * the owner → address table is nobody's business in a shared sheet, and
 * the triggers read it without reading any sheet). One JSON value, far
 * under the 9 KB a property may hold for a team's owners.
 */
const SETTINGS_KEY = 'dossier.automation';
const LAST_DAILY_KEY = 'dossier.lastDaily';

export const DEFAULT_AUTOMATION_SETTINGS: AutomationSettings = { dailyHour: 8, ownerEmails: [], backup: { enabled: false, keep: 7, folderId: null } };

/** What the triggers also need to know, recorded when they are installed. */
interface StoredSettings extends AutomationSettings {
  /** The installer's language: a time-driven run has no user whose locale it could ask. */
  readonly lang?: Lang;
}

type Properties = AppsScriptServices['documentProperties'];

export function loadAutomationSettings(properties: Properties): AutomationSettings & { lang: Lang | null } {
  const stored = parse<Partial<StoredSettings>>(properties.getProperty(SETTINGS_KEY)) ?? {};
  return {
    dailyHour: typeof stored.dailyHour === 'number' ? stored.dailyHour : DEFAULT_AUTOMATION_SETTINGS.dailyHour,
    ownerEmails: Array.isArray(stored.ownerEmails) ? stored.ownerEmails.filter((e) => e && typeof e.owner === 'string' && typeof e.email === 'string') : [],
    backup: { ...DEFAULT_AUTOMATION_SETTINGS.backup, ...(stored.backup ?? {}) },
    lang: stored.lang === 'en' || stored.lang === 'zh' ? stored.lang : null,
  };
}

/** Validates and stores the settings (owner names trimmed, blank rows dropped, one address per owner). */
export function saveAutomationSettings(properties: Properties, next: AutomationSettings, lang?: Lang): AutomationSettings {
  if (!Number.isInteger(next.dailyHour) || next.dailyHour < 0 || next.dailyHour > 23) {
    throw new DossierError('automation.badHour', { en: 'The hour of the daily run must be a whole number from 0 to 23.', zh: '每日运行的时间必须是 0 到 23 之间的整数。' });
  }
  if (!Number.isInteger(next.backup.keep) || next.backup.keep < 1 || next.backup.keep > 100) {
    throw new DossierError('automation.badKeep', { en: 'Backups kept must be a whole number from 1 to 100.', zh: '保留的备份数必须是 1 到 100 之间的整数。' });
  }
  const folderId = next.backup.folderId?.trim() || null;
  if (next.backup.enabled && folderId === null) {
    throw new DossierError('automation.noFolder', { en: 'Choose the Drive folder for backups: paste its id (the part of the folder\'s address after /folders/).', zh: '请指定备份所在的云端硬盘文件夹：粘贴其 ID（文件夹地址中 /folders/ 之后的部分）。' });
  }
  const byOwner = new Map<string, string>();
  for (const row of next.ownerEmails) {
    const owner = row.owner.trim();
    const email = row.email.trim();
    if (owner === '' && email === '') continue;
    if (owner === '') throw new DossierError('automation.noOwner', { en: `The address ${email} has no owner name.`, zh: `地址 ${email} 没有对应的负责人姓名。` });
    if (email !== '' && !/^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(email)) {
      throw new DossierError('automation.badEmail', { en: `"${email}" (for ${owner}) is not an e-mail address.`, zh: `"${email}"（${owner}）不是有效的邮箱地址。` });
    }
    if (email !== '') byOwner.set(owner, email);
  }
  const previous = parse<Partial<StoredSettings>>(properties.getProperty(SETTINGS_KEY)) ?? {};
  const stored: StoredSettings = {
    dailyHour: next.dailyHour,
    ownerEmails: [...byOwner].map(([owner, email]) => ({ owner, email })),
    backup: { enabled: next.backup.enabled, keep: next.backup.keep, folderId },
    ...(lang ?? previous.lang ? { lang: lang ?? previous.lang } : {}),
  };
  properties.setProperty(SETTINGS_KEY, JSON.stringify(stored));
  const { lang: _lang, ...settings } = loadAutomationSettings(properties);
  return settings;
}

export function loadLastDaily(properties: Properties): DailyRunSummary | null {
  return parse<DailyRunSummary>(properties.getProperty(LAST_DAILY_KEY));
}

export function saveLastDaily(properties: Properties, summary: DailyRunSummary): void {
  properties.setProperty(LAST_DAILY_KEY, JSON.stringify(summary));
}

function parse<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A hand-edited value is ignored rather than breaking every trigger.
    return null;
  }
}
