import type { AutomationConsent, AutomationKind } from '../../shared/commands/commandApi';
import { DossierError } from '../../shared/core/errors';
import type { SpreadsheetFile } from './appsScriptServices';
import type { AutomationServices } from './automationServices';

/**
 * The top-level function each trigger calls (build.mjs declares them).
 * None is named onEdit: Apps Script would run a function of that name as a
 * simple trigger on every edit by itself, silently, without the user's
 * consent, and (being a simple trigger) without the authorization the
 * check's writes need.
 */
export const TRIGGER_HANDLERS: Readonly<Record<AutomationKind, string>> = { edit: 'dossierOnEdit', formSubmit: 'dossierOnFormSubmit', daily: 'dossierDaily' };

const KINDS = Object.keys(TRIGGER_HANDLERS) as AutomationKind[];

type ScriptApp = AutomationServices['scriptApp'];

/** The Dossier triggers this user has installed (ScriptApp lists only the current user's). */
export function installedAutomations(scriptApp: ScriptApp): AutomationKind[] {
  const handlers = new Set(scriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()));
  return KINDS.filter((kind) => handlers.has(TRIGGER_HANDLERS[kind]));
}

/**
 * Installs one trigger, only with the user's consent, and never a second
 * copy: an edit or form trigger already there is kept; the daily trigger is
 * replaced, so a new hour takes effect and there is still exactly one.
 */
export function installAutomation(scriptApp: ScriptApp, spreadsheet: Pick<SpreadsheetFile, 'getId' | 'getSpreadsheetTimeZone'>, kind: AutomationKind, consent: AutomationConsent | undefined, options: { dailyHour: number }): void {
  if (consent?.consent !== true) {
    throw new DossierError('automation.noConsent', { en: 'Nothing was installed: a trigger is installed only after you agree to what it does.', zh: '未安装任何内容：只有在您同意其作用后才会安装触发器。' });
  }
  if (!KINDS.includes(kind)) throw new DossierError('automation.unknownKind', { en: `There is no trigger "${kind}".`, zh: `没有名为"${kind}"的触发器。` });
  const handler = TRIGGER_HANDLERS[kind];
  const existing = scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  if (kind !== 'daily' && existing.length > 0) {
    for (const extra of existing.slice(1)) scriptApp.deleteTrigger(extra);
    return;
  }
  for (const old of existing) scriptApp.deleteTrigger(old);
  const builder = scriptApp.newTrigger(handler);
  if (kind === 'edit') builder.forSpreadsheet(spreadsheet.getId()).onEdit().create();
  else if (kind === 'formSubmit') builder.forSpreadsheet(spreadsheet.getId()).onFormSubmit().create();
  // atHour: the run starts at a time Apps Script picks within that hour, then keeps it daily.
  else builder.timeBased().everyDays(1).atHour(options.dailyHour).inTimezone(spreadsheet.getSpreadsheetTimeZone()).create();
}

export function removeAutomation(scriptApp: ScriptApp, kind: AutomationKind): void {
  for (const t of scriptApp.getProjectTriggers()) if (t.getHandlerFunction() === TRIGGER_HANDLERS[kind]) scriptApp.deleteTrigger(t);
}
