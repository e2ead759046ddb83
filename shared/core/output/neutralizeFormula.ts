/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, CSV
 * injection), with their full-width forms, which Excel and Sheets in CJK
 * locales also accept as the start of a formula.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
/**
 * What a spreadsheet skips before deciding a cell is a formula: spaces of
 * every kind (NBSP, U+3000), line breaks and invisible characters
 * (zero-width space and joiners, word joiner, BOM).
 */
const SKIPPED = /^[\s\u200b-\u200d\u2060\ufeff]+/u;
/** A plain signed number (`-3.5`, `+8613812345678`) is data, not a formula, and stays as typed. */
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?$/;

/**
 * Whether a text would run as a formula if a spreadsheet read it as typed:
 * its first character after spaces and invisible characters is a trigger.
 * A text already starting with an apostrophe counts when what follows
 * would, so neutralizing stays exactly reversible.
 */
export function isFormulaLike(text: string): boolean {
  let start = 0;
  while (text[start] === "'") start++;
  if (start > 0) text = text.slice(start);
  if (text === '') return false;
  if (SIGNED_NUMBER.test(text)) return false;
  if (TRIGGERS.has(text[0]!)) return true;
  const rest = text.replace(SKIPPED, '');
  return rest !== text && rest !== '' && TRIGGERS.has(rest[0]!) && !SIGNED_NUMBER.test(rest);
}

/**
 * Text as it may safely be written to a CSV: a formula-like value gets a
 * leading apostrophe, which spreadsheets treat as "this is text". E.164
 * phones and negative numbers are left alone.
 */
export function neutralizeFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Reverses `neutralizeFormula` when reading a file back, so a file Dossier
 * wrote reads as the values it holds (`'+1 212 555 0123` is that phone).
 */
export function restoreNeutralized(text: string): string {
  return text.length > 1 && text[0] === "'" && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
}
