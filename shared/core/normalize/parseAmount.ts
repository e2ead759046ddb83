import { foldWidth } from './foldWidth';

// Currency marks a customer file carries, in front or behind: dollar
// prefixes (US$, HK$…), ISO codes, symbols, and the Chinese words. Longer
// spellings first, so `US$` is not read as a stray `US` before `$`.
const CURRENCY_WORDS = 'US\\$|HK\\$|NT\\$|S\\$|A\\$|C\\$|RMB|CNY|USD|EUR|HKD|GBP|JPY|TWD|人民币|美元|港元|港币|欧元|英镑|日元';
const CURRENCY_FRONT = new RegExp(`^(?:${CURRENCY_WORDS}|[¥$€£])\\s*`, 'iu');
const CURRENCY_BACK = new RegExp(`\\s*(?:${CURRENCY_WORDS}|元|块|圆|[¥$€£])$`, 'iu');
/** Chinese units (and the English k) a clerk writes amounts in: `1.5万`, `3千元`, `12k`. */
const UNIT = /^(.*?)\s*(万|千|百|亿|k)$/iu;
const UNIT_ZEROS: Readonly<Record<string, number>> = { 万: 4, 千: 3, 百: 2, 亿: 8, k: 3 };
// Thousands grouped by three with commas, or spaces (thin and no-break spaces fold to spaces): one kind in a number.
const GROUPED = /^[+-]?\d{1,3}(?:(,|\s)\d{3})(?:\1\d{3})*(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A typed amount as a number: `¥1,234.50`, `RMB 1234.5`, `１２３４元`,
 * `US$ 12,000`, `1 234,5`-free space grouping (`12 000`), `1.5万`,
 * `3千元`, `HK$500`, `500 CNY`. Null when the text is not one unambiguous
 * number (`1,23`, `12abc`, two numbers). Accounting brackets `(1,234)`
 * read as a negative number, which a field's minimum then rejects.
 */
export function parseAmount(text: string): number | null {
  let t = foldWidth(text).trim();
  let negative = false;
  const parenthesized = /^\((.*)\)$/.exec(t);
  if (parenthesized) {
    t = parenthesized[1]!.trim();
    negative = true;
  }
  // A sign may stand before the currency mark: -¥12
  let sign = '';
  if (/^[+-]/.test(t) && CURRENCY_FRONT.test(t.slice(1).trim())) {
    sign = t[0]!;
    t = t.slice(1).trim();
  }
  t = t.replace(CURRENCY_FRONT, '').replace(CURRENCY_BACK, '').trim();
  let zeros = 0;
  const unit = UNIT.exec(t);
  if (unit) {
    t = unit[1]!;
    zeros = UNIT_ZEROS[unit[2]!.toLowerCase()]!;
  }
  t = sign + t;
  if (GROUPED.test(t)) t = t.replace(/[,\s]/g, '');
  if (!PLAIN.test(t)) return null;
  const n = Number(zeros === 0 ? t : shiftDecimal(t, zeros));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** A decimal's text times 10^zeros, by moving its point (1.15 × 10,000 in floating point is 11,499.999…). */
function shiftDecimal(decimal: string, zeros: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(zeros, '0');
  return `${whole}${padded.slice(0, zeros)}.${padded.slice(zeros) || '0'}`;
}
