/**
 * The Apps Script services the server code uses, each narrowed with `Pick`
 * from @types/google-apps-script, so a wrong member name fails to compile and
 * the test fake (test/sheets-script/fakeAppsScript.ts) must provide exactly
 * these members. Handed in rather than read from globals, so the same code
 * runs on Apps Script and in tests.
 */
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type SheetRange = Pick<
  GasRange,
  'getValues' | 'setValues' | 'getNumberFormats' | 'setNumberFormats' | 'setNumberFormat' | 'setDataValidation' | 'getBackgrounds' | 'setBackgrounds' | 'getNotes' | 'setNotes' | 'setFontWeight' | 'activate'
> & { protect(): SheetProtection };

export type SheetProtection = Pick<GoogleAppsScript.Spreadsheet.Protection, 'setDescription' | 'setWarningOnly' | 'removeEditors' | 'getEditors' | 'addEditor' | 'canDomainEdit' | 'setDomainEdit'>;

export type SpreadsheetSheet = Pick<
  GasSheet,
  'getName' | 'isSheetHidden' | 'hideSheet' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertColumnsAfter' | 'deleteRows' | 'deleteColumns' | 'clearContents' | 'setFrozenRows' | 'getFrozenRows' | 'activate' | 'insertChart'
  | 'getConditionalFormatRules' | 'setConditionalFormatRules'
> & {
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetRange;
  getRange(row: number, column: number): SheetRange;
  getDataRange(): SheetRange;
  protect(): SheetProtection;
  newChart(): ChartBuilder;
};

export type ChartBuilder = Pick<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'addRange' | 'setPosition' | 'setOption' | 'build'> & {
  setChartType(type: GoogleAppsScript.Charts.ChartType): ChartBuilder;
};

export type SpreadsheetFile = Pick<GasSpreadsheet, 'getSpreadsheetTimeZone' | 'setActiveSheet' | 'toast' | 'getId' | 'getName'> & {
  getSheets(): SpreadsheetSheet[];
  getSheetByName(name: string): SpreadsheetSheet | null;
  insertSheet(name: string): SpreadsheetSheet;
  deleteSheet(sheet: SpreadsheetSheet): void;
};

export interface AppsScriptServices {
  readonly spreadsheet: SpreadsheetFile;
  /** SpreadsheetApp.newDataValidation, newConditionalFormatRule and flush. */
  readonly spreadsheetApp: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'newDataValidation' | 'newConditionalFormatRule' | 'flush'>;
  /**
   * PropertiesService.getDocumentProperties(): Dossier's small per-spreadsheet
   * memory outside the grid (quotas page: 9 KB per value, 500 KB per store,
   * 50,000 reads/writes a day on consumer accounts, 500,000 on Workspace).
   */
  readonly documentProperties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>;
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'waitLock' | 'releaseLock'>;
  readonly utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'parseDate'>;
  readonly chartTypes: Pick<typeof GoogleAppsScript.Charts.ChartType, 'BAR' | 'COLUMN' | 'LINE' | 'PIE'>;
  /** The signed-in user's e-mail where the domain lets scripts see it, else ''. */
  readonly userEmail: () => string;
}
