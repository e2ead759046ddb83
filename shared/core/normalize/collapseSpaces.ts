/** Anything collapseSpaces would change: a space other than U+0020, two spaces in a row, or one at either end. */
const NEEDS_COLLAPSING = /[^\S ]| {2}|^ | $/;

/**
 * Trims and collapses runs of spaces and tabs to one space, line by line;
 * line breaks inside a cell (notes, addresses) are kept, blank lines dropped.
 */
export function collapseSpaces(text: string): string {
  if (!NEEDS_COLLAPSING.test(text)) return text;
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\r\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
