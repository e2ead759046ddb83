import type { AutomationKind, AutomationStatus, CommandApi, StaleResult } from '../../shared/commands/commandApi';
import { createCoreCommands, withUserFacingErrors, type CommandEnvironment } from '../../shared/commands/createCoreCommands';
import { isDossierError } from '../../shared/core/errors';
import type { Lang } from '../../shared/core/i18n/lang';
import { cellToText } from '../../shared/core/normalize/cellToText';
import { findCustomerSheet } from '../../shared/core/table/findCustomerSheet';
import { isTotalsRow } from '../../shared/core/table/isTotalsRow';
import { locateHeader } from '../../shared/core/table/locateHeader';
import type { AppsScriptServices } from './appsScriptServices';
import type { AutomationServices } from './automationServices';
import { loadAutomationSettings, loadLastDaily, saveAutomationSettings } from './automationSettings';
import { installAutomation, installedAutomations, removeAutomation } from './automationTriggers';
import type { SheetsWorkbook } from './sheetsWorkbook';
import { readWorkbookPreferences } from './workbookPreferences';

/**
 * The sidebar's command API: the core's, plus what only Sheets has —
 * stale rows highlighted by a conditional format rule, and the triggers
 * (their presence tells the pane to show the triggers section in Settings).
 */
export function sheetsCommands(port: SheetsWorkbook, gas: Pick<AppsScriptServices, 'spreadsheet' | 'documentProperties' | 'userEmail'>, automation: Pick<AutomationServices, 'scriptApp'>, env: CommandEnvironment): CommandApi {
  const api = createCoreCommands(port, env);
  const lang = async (): Promise<Lang> => (await readWorkbookPreferences(port).catch(() => null))?.lang ?? env.lang;

  const status = async (): Promise<AutomationStatus> => {
    const { lang: _installLang, ...settings } = loadAutomationSettings(gas.documentProperties);
    return {
      installed: installedAutomations(automation.scriptApp),
      settings,
      owners: await ownersInSheet(),
      lastDaily: loadLastDaily(gas.documentProperties),
      runsAs: gas.userEmail() || null,
    };
  };
  const ownersInSheet = async (): Promise<string[]> => {
    try {
      const { template } = await readWorkbookPreferences(port);
      const sheet = await findCustomerSheet(port, template);
      const located = locateHeader(template, sheet.values);
      const col = located?.mapping.columns.owner;
      if (located === null || col === undefined) return [];
      const owners = new Set(sheet.values.slice(located.index + 1).filter((row) => !isTotalsRow(row)).map((row) => cellToText(row[col] ?? null).trim()).filter((o) => o !== ''));
      return [...owners].sort((a, b) => a.localeCompare(b));
    } catch (error) {
      // No customer sheet yet: the address table simply offers no names.
      if (isDossierError(error)) return [];
      throw error;
    }
  };

  // Sheets' own methods fail as the core's do: a sentence in the user's language, never a stack.
  const own: Required<Pick<CommandApi, 'stale' | 'automationStatus' | 'installAutomation' | 'removeAutomation' | 'saveAutomationSettings'>> = {
    // Stale rows also get a conditional format rule, so the highlight keeps up with the dates by itself.
    async stale(): Promise<StaleResult> {
      const result = await api.stale();
      if (result.highlight) await port.highlightStaleRows(result.sheet, { ...result.highlight, days: result.days });
      return result;
    },
    automationStatus: status,
    async installAutomation(kind: AutomationKind, consent) {
      const current = loadAutomationSettings(gas.documentProperties);
      installAutomation(automation.scriptApp, gas.spreadsheet, kind, consent, { dailyHour: current.dailyHour });
      // The triggers run with nobody at the keyboard: they speak the installer's language.
      saveAutomationSettings(gas.documentProperties, current, await lang());
      return status();
    },
    async removeAutomation(kind: AutomationKind) {
      removeAutomation(automation.scriptApp, kind);
      return status();
    },
    async saveAutomationSettings(settings) {
      const before = loadAutomationSettings(gas.documentProperties);
      const saved = saveAutomationSettings(gas.documentProperties, settings);
      // A new hour moves the installed daily trigger (replaced, never doubled); an uninstalled one stays uninstalled.
      if (saved.dailyHour !== before.dailyHour && installedAutomations(automation.scriptApp).includes('daily')) {
        installAutomation(automation.scriptApp, gas.spreadsheet, 'daily', { consent: true }, { dailyHour: saved.dailyHour });
      }
      return status();
    },
  };
  return { ...api, ...withUserFacingErrors(own, lang) };
}
