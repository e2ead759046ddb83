/**
 * The part of the Excel object model Dossier uses, as structural types.
 * The Office.js port is written against these, so the same code runs on
 * the real `Excel.RequestContext` and on the typed in-memory fake of the
 * tests. The assertion at the bottom makes the compiler prove that the real
 * @types/office-js classes satisfy every member named here: a misspelt or
 * invented member fails to compile.
 *
 * Requirement sets of each member: see `excelApiSets.ts`.
 */

export type ExcelValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

export interface ExcelRange {
  values: unknown[][];
  /** Formulas and constants as entered: what the port reads before a write, to put back if the write fails. */
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: ExcelValueType[][] | Excel.RangeValueType[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  load(propertyNames: string): unknown;
  getCell(row: number, column: number): ExcelRange;
  /** The whole rows this range spans (ExcelApi 1.1). */
  getEntireRow(): ExcelRange;
  /** Inserts cells where this range is, shifting the rest (ExcelApi 1.1; learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection). */
  insert(shift: 'Down' | Excel.InsertShiftDirection): unknown;
  /** Deletes the cells, shifting the rest up (ExcelApi 1.1; learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection). */
  delete(shift: 'Up' | Excel.DeleteShiftDirection): void;
  readonly conditionalFormats: {
    add(type: 'Custom'): ExcelConditionalFormat;
    getItem(id: string): { delete(): void };
  };
  /** A link to a place in the workbook (`'Customers'!B7`). */
  hyperlink: { documentReference?: string; textToDisplay?: string; screenTip?: string };
  clear(applyTo: 'Contents'): void;
  select(): void;
  readonly format: {
    readonly fill: { color: string; clear(): void };
    readonly font: { bold: boolean };
    readonly protection: { locked: boolean };
  };
  readonly dataValidation: {
    clear(): void;
    rule: { list?: { inCellDropDown: boolean; source: unknown } };
    /** Without it a list refuses every value it lacks: the default style is Stop. */
    errorAlert: { showAlert: boolean; style: 'Stop' | 'Warning' | 'Information' | Excel.DataValidationAlertStyle; title: string; message: string };
  };
}

/** A formula-driven format (ExcelApi 1.6): stale rows stay highlighted as days pass, without Dossier running. */
export interface ExcelConditionalFormat {
  readonly id: string;
  load(propertyNames: string): unknown;
  readonly custom: { readonly rule: { formula: string }; readonly format: { readonly fill: { color: string } } };
}

/** A note (ExcelApi 1.18) or a comment (ExcelApi 1.10): both have content and delete(). */
export interface ExcelAnnotation {
  readonly content: string;
  delete(): void;
}

export interface ExcelAnnotationCollection {
  readonly items: ExcelAnnotation[];
  load(propertyNames: string): unknown;
  add(cellAddress: string, content: string): unknown;
}

/** A comment (ExcelApi 1.10) knows its cell, which the live check needs to replace one row's comments. */
export interface ExcelComment extends ExcelAnnotation {
  getLocation(): { readonly address: string; load(propertyNames: string): unknown };
}

export interface ExcelCommentCollection extends ExcelAnnotationCollection {
  readonly items: ExcelComment[];
}

/** Notes (ExcelApi 1.18) can also be looked up by cell, which the live check uses to replace one row's notes. */
export interface ExcelNoteCollection extends ExcelAnnotationCollection {
  getItemOrNullObject(key: string): ExcelAnnotation & { readonly isNullObject: boolean; load(propertyNames: string): unknown };
}

export interface ExcelWorksheetProtectionOptions {
  allowAutoFilter?: boolean;
  allowDeleteRows?: boolean;
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertHyperlinks?: boolean;
  allowInsertRows?: boolean;
  allowSort?: boolean;
}

export interface ExcelWorksheet {
  readonly name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' | Excel.SheetVisibility;
  readonly isNullObject: boolean;
  load(propertyNames: string): unknown;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getCell(row: number, column: number): ExcelRange;
  activate(): void;
  delete(): void;
  readonly protection: {
    readonly protected: boolean;
    readonly options: ExcelWorksheetProtectionOptions;
    load(propertyNames: string): unknown;
    protect(options?: ExcelWorksheetProtectionOptions): void;
    unprotect(): void;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  /** Addresses as A1 strings: Office.js takes `Range | string` and a string keeps the subset checkable. */
  readonly tables: { add(address: string, hasHeaders: boolean): { style: string } };
  readonly charts: {
    // Office.js wants its own Range class here; the port hands it the range it got from this same worksheet.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    add(type: 'BarClustered' | 'ColumnClustered' | 'Line' | 'Pie', sourceData: any, seriesBy?: 'Columns'): {
      readonly title: { text: string };
      setPosition(startCell: string): void;
      readonly series: { getItemAt(index: number): { delete(): void } };
    };
  };
  readonly notes: ExcelNoteCollection;
  readonly comments: ExcelCommentCollection;
  /** Print settings (ExcelApi 1.9: learn.microsoft.com/javascript/api/excel/excel.pagelayout, excel.pagelayoutzoomoptions). */
  readonly pageLayout: {
    setPrintArea(printArea: string): void;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number };
    orientation: 'Portrait' | 'Landscape';
  };
  /** Edits as they happen (the live check). */
  readonly onChanged: {
    add(handler: (eventArgs: { readonly address: string; readonly source: string }) => Promise<unknown>): { remove(): void; readonly context: { sync(): Promise<void> } };
  };
}

export interface ExcelWorkbook {
  readonly worksheets: {
    readonly items: ExcelWorksheet[];
    load(propertyNames: string): unknown;
    getItem(key: string): ExcelWorksheet;
    add(name?: string): ExcelWorksheet;
  };
}

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

/** How the port reaches a workbook: `Excel.run` in Office, the fake in tests. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

// Compile-time proof that the real Office.js types provide every member above.
export type RealContextSatisfiesSubset = Excel.RequestContext extends ExcelContext ? true : never;
const realContextSatisfiesSubset: RealContextSatisfiesSubset = true;
void realContextSatisfiesSubset;
