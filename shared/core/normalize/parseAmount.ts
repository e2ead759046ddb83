import { foldWidth } from './foldWidth';

// Currency marks a customer file carries: symbols, ISO codes, 元.
const CURRENCY = /^(?:RMB|CNY|USD|EUR|HKD|[¥$€£])\s*|\s*(?:RMB|CNY|USD|EUR|HKD|元)$/giu;
// Thousands separators only where they group by three.
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A typed amount as a number: `¥1,234.50`, `RMB 1234.5`, `１２３４元`,
 * `$ 12,000`. Null when the text is not one unambiguous number
 * (`1,23`, `12abc`, two numbers).
 */
export function parseAmount(text: string): number | null {
  let t = foldWidth(text).trim();
  let negative = false;
  // Accounting negatives: (1,234.50)
  const parenthesized = /^\((.*)\)$/.exec(t);
  if (parenthesized) {
    t = parenthesized[1]!.trim();
    negative = true;
  }
  // A sign may stand before the currency symbol: -¥12
  const sign = /^[+-]/.test(t) && /^[+-]\s*(?:RMB|CNY|USD|EUR|HKD|[¥$€£])/iu.test(t) ? t[0]! : '';
  if (sign) t = t.slice(1).trim();
  t = sign + t.replace(CURRENCY, '').trim();
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}
