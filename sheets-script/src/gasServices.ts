import type { AppsScriptServices, SpreadsheetFile } from './appsScriptServices';

/** The real services, read from Apps Script's globals (only ever called on Apps Script). */
export function gasServices(): AppsScriptServices {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet() as unknown as SpreadsheetFile,
    spreadsheetApp: SpreadsheetApp,
    // One lock for the whole document: two teammates' Dossier writes never interleave.
    lock: LockService.getDocumentLock(),
    utilities: Utilities,
    chartTypes: Charts.ChartType,
    userEmail: () => Session.getActiveUser().getEmail(),
  };
}
