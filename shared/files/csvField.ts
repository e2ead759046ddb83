/**
 * Characters that make a CSV field quoted: the separator and the line
 * breaks and quote RFC 4180 names, a BOM (papaparse quotes one), and the
 * other common separators: opened where `;`, tab or `|` separates
 * (European Excel, TSV), an unquoted `x;=1+1` would split into a cell of
 * its own that runs. A leading or trailing space is quoted too, so no
 * reader trims it.
 */
const NEEDS_QUOTES = /[,;\t|"\r\n\ufeff]|^ | $/;

/** One field of a comma-separated line, quoted (quotes doubled) when it must be. */
export function csvField(text: string): string {
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}
