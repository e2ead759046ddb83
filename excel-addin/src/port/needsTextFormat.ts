/**
 * Whether Excel would turn this text into something else when it is
 * written as a value (Range.values behaves like typing): a formula
 * (`=`, `+`, `-`, `@`: formula injection), a number (`+8613812345678`,
 * `00123`, `50%`, `$12`), a date or time (`2024-03-05`, `3/5`, `Mar 5`),
 * a boolean or an error literal, or a leading apostrophe Excel would eat.
 * Such cells get the text number format `@` before the value is written,
 * so the cell keeps exactly the text Dossier wrote and never runs it.
 */
const NUMERIC_OR_DATE = /^[\s\d.,:/\-+%$€£¥￥()eE]+$/;
const MONTH_DATE = /^(\d{1,2}[\s-])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s-]\d{1,4})?$/i;
const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!)$/i;

export function needsTextFormat(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@'\t\r]/.test(text)) return true;
  if (/\d/.test(text) && NUMERIC_OR_DATE.test(text)) return true;
  return MONTH_DATE.test(text.trim()) || /^(true|false)$/i.test(text.trim()) || ERROR_LITERAL.test(text.trim());
}
