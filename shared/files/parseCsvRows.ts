import Papa from 'papaparse';

/** Characters of text parsed at a time: a progress step, and rows converted while their slice is fresh. */
const SLICE = 1 << 20;

export interface ParsedCsv {
  /** Every row, each cell as papaparse read it ('' for an empty cell). */
  readonly rows: string[][];
  /** The first quote error (unclosed or malformed), with its 0-based row in the whole file. */
  readonly quoteError: { row: number } | null;
}

/**
 * Parses CSV text (its line breaks all '\n', or all '\r\n') with papaparse a slice at a
 * time, so a terminal shows progress on a million rows. A slice ends on a
 * line break where papaparse's own parse of it ended outside quotes: the
 * parse of the whole text is in the same state there (it reads left to
 * right), so the break ends a row and every row and error is the one the
 * whole text gives. A slice that ends inside a quoted field is retried
 * twice as long, so an unclosed quote costs at most twice the parse.
 * `convert` sees each slice's rows once, as they come.
 */
export function parseCsvRows(
  text: string,
  delimiter: string,
  convert: (row: string[]) => void,
  onProgress?: (fraction: number) => void,
  slice = SLICE,
  newline: '\n' | '\r\n' = '\n',
): ParsedCsv {
  const rows: string[][] = [];
  let quoteError: { row: number } | null = null;
  let start = 0;
  let span = slice;
  while (start < text.length) {
    const cut = start + span >= text.length ? -1 : text.indexOf('\n', start + span);
    const last = cut < 0;
    const parsed = Papa.parse<string[]>(last ? text.slice(start) : text.slice(start, cut + 1), { skipEmptyLines: false, newline, delimiter });
    if (!last && parsed.errors.some((e) => e.code === 'MissingQuotes')) {
      span *= 2;
      continue;
    }
    // A slice ending on its line break parses one empty row after it, which begins the next slice.
    if (!last) parsed.data.pop();
    const fatal = parsed.errors.find((e) => e.type === 'Quotes');
    if (fatal && quoteError === null) quoteError = { row: rows.length + (fatal.row ?? 0) };
    for (const row of parsed.data) {
      convert(row);
      rows.push(row);
    }
    start = last ? text.length : cut + 1;
    span = slice;
    onProgress?.(start / text.length);
  }
  return { rows, quoteError };
}
