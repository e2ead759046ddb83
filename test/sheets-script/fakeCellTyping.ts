/**
 * What a Google Sheets cell holds after a script's `Range.setValues` writes a
 * string into it: Apps Script enters values as a person typing them would
 * (the Sheets API calls it USER_ENTERED: "strings may be converted to
 * numbers, dates, etc. following the same rules that are applied when
 * entering text into a cell via the Google Sheets UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption),
 * unless the cell's number format is plain text (`@`), when the string is
 * kept as written. A leading apostrophe makes the rest text, as typing it
 * does, and is not part of the value.
 *
 * The rules below are the common ones of an en_US / zh_CN spreadsheet:
 * numbers (also with a sign, leading zeros, thousands separators, a
 * percent or an exponent), ISO and slash dates, TRUE/FALSE. Sheets knows
 * more (currencies, times, month names); a string these rules keep as text
 * may still be typed by Sheets, which is why the port never relies on them
 * and writes every string it means as text (apostrophe or `@`).
 */
export type TypedCell = string | number | boolean | Date;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/;
const YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The value a typed string becomes; `midnight(y, m, d)` makes a date cell in the spreadsheet's time zone. */
export function typedValue(text: string, format: string, midnight: (y: number, m: number, d: number) => Date): TypedCell {
  if (format === '@') return text;
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (t === '') return text;
  if (NUMBER.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  const percent = PERCENT.exec(t);
  if (percent) return Number(percent[1]) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const ymd = YMD.exec(t);
  if (ymd && validDay(+ymd[1]!, +ymd[2]!, +ymd[3]!)) return midnight(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  const mdy = MDY.exec(t);
  if (mdy && validDay(+mdy[3]!, +mdy[1]!, +mdy[2]!)) return midnight(+mdy[3]!, +mdy[1]!, +mdy[2]!);
  return text;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
