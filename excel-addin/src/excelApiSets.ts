/**
 * Every Excel JavaScript API member Dossier calls (all of them declared in
 * `excelSubset.ts`) and the requirement set that introduced it. The code's
 * highest unconditional set is 1.8; the manifest declares the deliberate
 * floor 1.14 (`MANIFEST_EXCEL_API_FLOOR`, below); members marked `runtimeCheck` are used only after
 * `Office.context.requirements.isSetSupported` says yes. test/manifest.test.ts
 * keeps this table, the subset and the manifest in step.
 *
 * Sources (looked up in the reference docs, learn.microsoft.com/javascript/api/excel/…):
 * - excel.datavalidation, excel.datavalidationrule, excel.datavalidationerroralert: "[ API set: ExcelApi 1.8 ]"
 * - excel.notecollection and the ExcelApi 1.18 requirement-set page: notes (add, items, content, delete) are 1.18
 * - excel.worksheetprotectionoptions (allowSort, allowAutoFilter, …): "[ API set: ExcelApi 1.2 ]"
 * - excel.worksheetfreezepanes (freezeRows): "[ API set: ExcelApi 1.7 ]"
 * - excel.conditionalformatcollection (add, getItem), excel.conditionalformat (id, custom), excel.customconditionalformat
 *   (rule.formula, format.fill): "[Api set: ExcelApi 1.6]" in @types/office-js
 * - excel.rangehyperlink (documentReference, textToDisplay, screenTip) and Range.hyperlink: ExcelApi 1.7
 * - excel.worksheet onChanged, excel.worksheetchangedeventargs (address, source): ExcelApi 1.7
 * - excel.commentcollection (add, items), excel.comment (content, delete, getLocation): ExcelApi 1.10
 * - excel.worksheet getRangeByIndexes: 1.7; getUsedRangeOrNullObject / isNullObject: 1.4 (*OrNullObject methods)
 * - excel.rangeformat protection (locked): 1.2; the rest of Range/Worksheet/Table/Chart used here: 1.1
 * - office/dev/add-ins/excel/excel-add-ins-blank-null-values: null in a 2-D array leaves a cell unchanged, '' clears it
 * - OfficeDev/office-js-docs-pr#5400, office-js-docs-reference#578: a 1×1 numberFormat applies to a whole (even unbounded) range
 */
export interface ApiMemberSet {
  readonly set: string;
  /** Used only after an isSetSupported check at run time (so not in the manifest's minimum). */
  readonly runtimeCheck?: boolean;
}

export const EXCEL_API_SETS: Readonly<Record<string, ApiMemberSet>> = {
  'RequestContext.workbook': { set: '1.1' },
  'RequestContext.sync': { set: '1.1' },
  'Workbook.worksheets': { set: '1.1' },
  'WorksheetCollection.items': { set: '1.1' },
  'WorksheetCollection.load': { set: '1.1' },
  'WorksheetCollection.getItem': { set: '1.1' },
  'WorksheetCollection.add': { set: '1.1' },
  'Worksheet.name': { set: '1.1' },
  'Worksheet.visibility': { set: '1.1' },
  'Worksheet.isNullObject': { set: '1.4' },
  'Worksheet.load': { set: '1.1' },
  'Worksheet.getUsedRangeOrNullObject': { set: '1.4' },
  'Worksheet.getRangeByIndexes': { set: '1.7' },
  'Worksheet.getCell': { set: '1.1' },
  'Worksheet.activate': { set: '1.1' },
  'Worksheet.delete': { set: '1.1' },
  'Worksheet.protection': { set: '1.2' },
  'WorksheetProtection.protected': { set: '1.2' },
  'WorksheetProtection.options': { set: '1.2' },
  'WorksheetProtection.load': { set: '1.2' },
  'WorksheetProtection.protect': { set: '1.2' },
  'WorksheetProtection.unprotect': { set: '1.2' },
  'WorksheetProtectionOptions.allowAutoFilter': { set: '1.2' },
  'WorksheetProtectionOptions.allowDeleteRows': { set: '1.2' },
  'WorksheetProtectionOptions.allowFormatCells': { set: '1.2' },
  'WorksheetProtectionOptions.allowFormatColumns': { set: '1.2' },
  'WorksheetProtectionOptions.allowFormatRows': { set: '1.2' },
  'WorksheetProtectionOptions.allowInsertHyperlinks': { set: '1.2' },
  'WorksheetProtectionOptions.allowInsertRows': { set: '1.2' },
  'WorksheetProtectionOptions.allowSort': { set: '1.2' },
  'Worksheet.freezePanes': { set: '1.7' },
  'WorksheetFreezePanes.freezeRows': { set: '1.7' },
  'Worksheet.tables': { set: '1.1' },
  'TableCollection.add': { set: '1.1' },
  'Table.style': { set: '1.1' },
  'Worksheet.charts': { set: '1.1' },
  'ChartCollection.add': { set: '1.1' },
  'Chart.title': { set: '1.1' },
  'ChartTitle.text': { set: '1.1' },
  'Chart.setPosition': { set: '1.1' },
  'Chart.series': { set: '1.1' },
  'ChartSeriesCollection.getItemAt': { set: '1.1' },
  'ChartSeries.delete': { set: '1.7' },
  'Worksheet.notes': { set: '1.18', runtimeCheck: true },
  'NoteCollection.items': { set: '1.18', runtimeCheck: true },
  'NoteCollection.add': { set: '1.18', runtimeCheck: true },
  'NoteCollection.getItemOrNullObject': { set: '1.18', runtimeCheck: true },
  'Note.content': { set: '1.18', runtimeCheck: true },
  'Note.delete': { set: '1.18', runtimeCheck: true },
  'Worksheet.comments': { set: '1.10', runtimeCheck: true },
  'CommentCollection.load': { set: '1.10', runtimeCheck: true },
  'Comment.getLocation': { set: '1.10', runtimeCheck: true },
  'Range.address': { set: '1.1' },
  'Worksheet.onChanged': { set: '1.7' },
  'EventHandlers.add': { set: '1.7' },
  'EventHandlerResult.remove': { set: '1.7' },
  'EventHandlerResult.context': { set: '1.7' },
  'WorksheetChangedEventArgs.address': { set: '1.7' },
  'WorksheetChangedEventArgs.source': { set: '1.7' },
  'Range.values': { set: '1.1' },
  'Range.numberFormat': { set: '1.1' },
  'Range.valueTypes': { set: '1.1' },
  'Range.rowIndex': { set: '1.1' },
  'Range.columnIndex': { set: '1.1' },
  'Range.rowCount': { set: '1.1' },
  'Range.columnCount': { set: '1.1' },
  'Range.isNullObject': { set: '1.4' },
  'Range.load': { set: '1.1' },
  'Range.getCell': { set: '1.1' },
  'Range.getEntireRow': { set: '1.1' },
  'Range.insert': { set: '1.1' },
  'Range.delete': { set: '1.1' },
  'Range.clear': { set: '1.1' },
  'Range.hyperlink': { set: '1.7' },
  'Range.conditionalFormats': { set: '1.6' },
  'ConditionalFormatCollection.add': { set: '1.6' },
  'ConditionalFormatCollection.getItem': { set: '1.6' },
  'ConditionalFormat.id': { set: '1.6' },
  'ConditionalFormat.custom': { set: '1.6' },
  'CustomConditionalFormat.rule': { set: '1.6' },
  'ConditionalFormatRule.formula': { set: '1.6' },
  'CustomConditionalFormat.format': { set: '1.6' },
  'RangeHyperlink.documentReference': { set: '1.7' },
  'RangeHyperlink.textToDisplay': { set: '1.7' },
  'RangeHyperlink.screenTip': { set: '1.7' },
  'Range.select': { set: '1.1' },
  'Range.format': { set: '1.1' },
  'RangeFormat.fill': { set: '1.1' },
  'RangeFill.color': { set: '1.1' },
  'RangeFill.clear': { set: '1.1' },
  'RangeFormat.font': { set: '1.1' },
  'RangeFont.bold': { set: '1.1' },
  'RangeFormat.protection': { set: '1.2' },
  'FormatProtection.locked': { set: '1.2' },
  'Range.dataValidation': { set: '1.8' },
  'DataValidation.clear': { set: '1.8' },
  'DataValidation.rule': { set: '1.8' },
  'DataValidationRule.list': { set: '1.8' },
  'ListDataValidation.inCellDropDown': { set: '1.8' },
  'ListDataValidation.source': { set: '1.8' },
  'DataValidation.errorAlert': { set: '1.8' },
  'DataValidationErrorAlert.showAlert': { set: '1.8' },
  'DataValidationErrorAlert.style': { set: '1.8' },
  'DataValidationErrorAlert.title': { set: '1.8' },
  'DataValidationErrorAlert.message': { set: '1.8' },
  'Range.formulas': { set: '1.1' },
  // excel.pagelayout (setPrintArea, zoom, orientation) and excel.pagelayoutzoomoptions: "[ API set: ExcelApi 1.9 ]"
  'Worksheet.pageLayout': { set: '1.9', runtimeCheck: true },
  'PageLayout.setPrintArea': { set: '1.9', runtimeCheck: true },
  'PageLayout.zoom': { set: '1.9', runtimeCheck: true },
  'PageLayout.orientation': { set: '1.9', runtimeCheck: true },
  'PageLayoutZoomOptions.horizontalFitToPages': { set: '1.9', runtimeCheck: true },
  'PageLayoutZoomOptions.verticalFitToPages': { set: '1.9', runtimeCheck: true },
};

/**
 * The manifest asks for more than the code needs, on purpose: ExcelApi 1.14.
 * Windows builds that support it (Microsoft 365 / retail Version 2108, build
 * 16.0.14326, and Office 2021) show add-ins in WebView2 whenever it is
 * installed, and install it themselves; builds before 14326 needed a
 * registry key for WebView2 and otherwise used the old Edge or Internet
 * Explorer, where the ES2022 bundles cannot run. Volume-licensed Office 2019
 * (Internet Explorer only) stops at ExcelApi 1.7. An Office without the set
 * does not offer the add-in at all ("it won't display in the list of
 * add-ins that are shown in My Add-ins"). What the floor cannot exclude
 * (retail Office 2016/2019 updated past 2108 but without WebView2, which
 * falls back to the old Edge) gets src/unsupported/webviewGuard.js's message.
 * Sources: learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets (table and
 * "Defining requirement set support in the manifest"),
 * learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins (webview tables, footnotes).
 */
export const MANIFEST_EXCEL_API_FLOOR = '1.14';

/** What manifest.xml declares: the floor, or what the code needs if that were ever higher. */
export function manifestExcelApiSet(): string {
  const needed = minimumExcelApiSet();
  return versionKey(needed) > versionKey(MANIFEST_EXCEL_API_FLOOR) ? needed : MANIFEST_EXCEL_API_FLOOR;
}

function versionKey(version: string): number {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  return major * 1000 + minor;
}

/** The highest set among members used without a run-time check: the manifest's minimum. */
export function minimumExcelApiSet(table: Readonly<Record<string, ApiMemberSet>> = EXCEL_API_SETS): string {
  let best = '1.1';
  for (const entry of Object.values(table)) if (!entry.runtimeCheck && versionKey(entry.set) > versionKey(best)) best = entry.set;
  return best;
}

export function compareSets(a: string, b: string): number {
  return versionKey(a) - versionKey(b);
}
