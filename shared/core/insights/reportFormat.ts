/**
 * How a report value reads: every number a report shows carries one, so the
 * workbook gets a number format and the HTML formatted text from the same fact.
 */
export type ReportFormat = 'text' | 'count' | 'money' | 'percent' | 'score' | 'month';
