/**
 * Trims and collapses runs of spaces and tabs to one space, line by line;
 * line breaks inside a cell (notes, addresses) are kept, blank lines dropped.
 */
export function collapseSpaces(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\r\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
