/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** A plain signed number (`-3.5`, `+8613812345678`) is data, not a formula, and stays as typed. */
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?$/;

/**
 * Text as it may safely be written to a CSV or spreadsheet: a value that
 * starts with a formula trigger gets a leading apostrophe, which spreadsheets
 * treat as "this is text". E.164 phones and negative numbers are left alone.
 */
export function neutralizeFormula(text: string): string {
  if (text === '' || !TRIGGERS.has(text[0]!) || SIGNED_NUMBER.test(text)) return text;
  return `'${text}`;
}

/**
 * Reverses `neutralizeFormula` when reading a file back, so a file Dossier
 * wrote reads as the values it holds (`'+1 212 555 0123` is that phone).
 */
export function restoreNeutralized(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.has(text[1]!) ? text.slice(1) : text;
}
