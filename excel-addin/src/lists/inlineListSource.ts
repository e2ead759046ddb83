/**
 * The longest list source Excel takes as typed text: 255 characters, counted
 * in UTF-16 code units as JavaScript's `length` counts. No Microsoft page
 * stating it was found by search; it rests on libraries that write what
 * Excel accepts: excelize ("the Excel limitation of 255 UTF-16 code units",
 * qax-os/excelize datavalidation.go, issue #972), DevExpress
 * (docs.devexpress.com XlDataValidation.ListValues: "maximum length ... is
 * 255 characters") and Syncfusion XlsIO (the same limit, with a range as the
 * way around it).
 */
export const INLINE_LIST_LIMIT = 255;

/**
 * The items as an inline list source (`A,B,C`), or null when they cannot be
 * one: longer than 255 characters, or an item holding the comma that
 * separates items (or empty). Such lists come from a range instead.
 */
export function inlineListSource(items: readonly string[]): string | null {
  if (items.some((item) => item === '' || item.includes(','))) return null;
  const source = items.join(',');
  return source.length <= INLINE_LIST_LIMIT ? source : null;
}
