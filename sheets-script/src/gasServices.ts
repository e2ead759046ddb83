import type { AppsScriptServices, SpreadsheetFile } from './appsScriptServices';
import type { AutomationServices } from './automationServices';

/** The real services, read from Apps Script's globals (only ever called on Apps Script). */
export function gasServices(): AppsScriptServices {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetFile,
    spreadsheetApp: SpreadsheetApp,
    documentProperties: PropertiesService.getDocumentProperties(),
    // One lock for the whole document: two teammates' Dossier writes never interleave.
    lock: LockService.getDocumentLock(),
    utilities: Utilities,
    chartTypes: Charts.ChartType,
    userEmail: () => Session.getActiveUser().getEmail(),
  };
}

/** The trigger-side services, from Apps Script's globals. */
export function gasAutomationServices(): AutomationServices {
  return {
    scriptApp: ScriptApp,
    mailApp: MailApp,
    driveApp: DriveApp,
    scriptLock: LockService.getScriptLock(),
    now: () => Date.now(),
  };
}
