import type { ReportFormat } from './reportFormat';

/**
 * The Excel/Sheets number format of a report value. Grouping and decimal
 * marks in a format code are placeholders that the spreadsheet renders in the
 * reader's own locale, so one code serves a Chinese and an English workbook.
 * The currency symbol comes from the workbook's region (currencyOfRegion).
 */
export function excelNumberFormat(format: ReportFormat, currencySymbol: string | null): string {
  switch (format) {
    case 'count':
      return '#,##0';
    case 'money':
      return currencySymbol ? `"${currencySymbol}"#,##0.00` : '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'score':
      return '0.0';
    case 'month':
    case 'text':
      return '@';
  }
}

/** A relative change as ▲/▼ and a percentage; the arrow carries the direction so colour never has to. */
export const CHANGE_NUMBER_FORMAT = '"▲ "0.0%;"▼ "0.0%;"= "0.0%';
