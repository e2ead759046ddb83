import type { AutomationServices } from './automationServices';

export interface BackupResult {
  /** Name of the copy made today, or null when today's copy already existed. */
  readonly made: string | null;
  /** Older Dossier backups moved to the Drive trash (recoverable there for 30 days). */
  readonly trashed: string[];
}

/**
 * The daily run's optional backup: a dated copy of the spreadsheet,
 * `<name> backup YYYY-MM-DD`, in the chosen Drive folder, keeping the newest
 * `keep`. Only files in that folder whose name is exactly this spreadsheet's
 * backup pattern are ever trashed; a second run on the same day makes no
 * second copy. (DriveApp.getFileById on the spreadsheet itself needs the
 * `drive` scope: `drive.file` covers only files the script created or the
 * user opened with it, and the spreadsheet is neither.)
 */
export function backupSpreadsheet(driveApp: AutomationServices['driveApp'], options: { spreadsheetId: string; spreadsheetName: string; folderId: string; keep: number; today: string }): BackupResult {
  const folder = driveApp.getFolderById(options.folderId);
  const prefix = `${options.spreadsheetName} backup `;
  const backups: Array<{ date: string; file: GoogleAppsScript.Drive.File }> = [];
  const files = folder.getFiles();
  while (files.hasNext()) {
    const file = files.next();
    const name = file.getName();
    const date = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) backups.push({ date, file });
  }
  let made: string | null = null;
  if (!backups.some((b) => b.date === options.today)) {
    made = `${prefix}${options.today}`;
    const copy = driveApp.getFileById(options.spreadsheetId).makeCopy(made, folder);
    backups.push({ date: options.today, file: copy });
  }
  const trashed: string[] = [];
  backups.sort((a, b) => b.date.localeCompare(a.date));
  for (const old of backups.slice(Math.max(1, options.keep))) {
    old.file.setTrashed(true);
    trashed.push(`${prefix}${old.date}`);
  }
  return { made, trashed };
}
