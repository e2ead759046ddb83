/**
 * The Apps Script services the triggers use (ScriptApp, MailApp, DriveApp, a
 * script lock), each narrowed with `Pick` from @types/google-apps-script like
 * appsScriptServices.ts, so every member the code calls is checked against
 * the real API at compile time, and handed in so the same code runs on Apps
 * Script and against test/sheets-script/fakeAppsScript.ts.
 *
 * Facts that shape the code (developers.google.com/apps-script/guides/
 * services/quotas, guides/triggers/installable, reference/script/*):
 * - 20 triggers per user per script; Dossier installs at most four
 *   (edit, form submit, daily, and the one-off resume of a long job).
 * - Installable triggers run as the account that installed them, whoever
 *   edits the sheet: the daily mail leaves from that account, and
 *   ScriptApp.getProjectTriggers() lists only that user's triggers.
 * - Trigger total runtime: 90 min/day (consumer), 6 h/day (Workspace); one
 *   execution: 6 min. The edit trigger reads only the edited rows for that.
 * - MailApp: 100 recipients/day (consumer), 1,500 (Workspace);
 *   getRemainingDailyQuota() is the number left for this execution.
 * - A daily trigger at hour h fires at some time between h and h+1, and then
 *   at that time every day.
 */
export interface AutomationServices {
  /** ScriptApp: installable triggers (scope script.scriptapp). */
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'deleteTrigger'>;
  /** MailApp: the daily digest (scope script.send_mail). */
  readonly mailApp: Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;
  /** DriveApp: the dated backup copy (scope drive; see appsscript.json's comment in the README). */
  readonly driveApp: Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById'>;
  /** LockService.getScriptLock(): one form submission merged at a time. */
  readonly scriptLock: Pick<GoogleAppsScript.Lock.Lock, 'waitLock' | 'releaseLock'>;
  /** Milliseconds since the epoch (the daily run keeps under the 6-minute limit). */
  readonly now: () => number;
}

/** The part of an edit event Dossier reads (GoogleAppsScript.Events.SheetsOnEdit). */
export interface EditEvent {
  readonly range: Pick<GoogleAppsScript.Spreadsheet.Range, 'getRow' | 'getNumRows'> & { getSheet(): Pick<GoogleAppsScript.Spreadsheet.Sheet, 'getName'> };
}

/** The part of a spreadsheet form-submit event Dossier reads (GoogleAppsScript.Events.SheetsOnFormSubmit). */
export interface FormSubmitEvent {
  /** Question title → answers (a checkbox question has several). */
  readonly namedValues?: Readonly<Record<string, readonly string[]>>;
  /** The response row as written to the response sheet, column by column (Timestamp first). */
  readonly values?: readonly string[];
  readonly range?: Pick<GoogleAppsScript.Spreadsheet.Range, 'getRow'> & { getSheet(): Pick<GoogleAppsScript.Spreadsheet.Sheet, 'getName'> };
}

// The real event objects must carry what Dossier reads: these fail to compile if a name drifts.
type Fits<Narrow, Real extends Narrow> = Real;
export type _EditEventFits = Fits<EditEvent, GoogleAppsScript.Events.SheetsOnEdit>;
export type _FormSubmitEventFits = Fits<FormSubmitEvent, GoogleAppsScript.Events.SheetsOnFormSubmit>;
