import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldLatinWidth } from './foldLatinWidth';
import { isPlaceholder } from './isPlaceholder';

const DEFAULT_SEPARATORS = [',', '，', '、', ';', '；'];

/**
 * Lists (tags): split on the field's separators, items trimmed and their
 * full-width Latin folded, empty, repeated and placeholder items (`-`, `无`)
 * dropped; a list of nothing but placeholders is a placeholder. The standard
 * form keeps the separator the user wrote before each kept item
 * (`会员、企业客户` stays as it is); a separator that is ASCII keeps one
 * space after it when the user put one there (`VIP, 团购`), a CJK one none.
 */
export const normalizeList: FieldNormalizer = (value, field) => {
  const separators = field.separators ?? DEFAULT_SEPARATORS;
  const written = cellToText(value);
  const items: string[] = [];
  /** The separator written before each kept item (the first item's is unused). */
  const joiners: string[] = [];
  const seen = new Set<string>();
  let pending = '';
  /** Whether the next separator is the first since the last kept item. */
  let fresh = true;
  let start = 0;
  let placeholders = 0;
  const take = (end: number) => {
    const item = collapseSpaces(foldLatinWidth(written.slice(start, end))).replace(/\n/g, ' ');
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) return;
    // `VIP, -` is VIP: the dash stands for nothing, and left alone it would be a placeholder once the rest were fixed away.
    if (isPlaceholder(item)) {
      placeholders++;
      return;
    }
    seen.add(key);
    items.push(item);
    joiners.push(pending);
    fresh = true;
  };
  // A plain scan (no split, flatMap or regex per separator): lists are a column of every row.
  for (let i = 0; i < written.length; i++) {
    const separator = separatorAt(written, i, separators);
    if (separator === null) continue;
    take(i);
    // The first separator since the last kept item is the one written before the next (`a,,b` joins with `,`).
    const next = i + separator.length;
    if (fresh) {
      pending = separator.charCodeAt(0) < 0x80 && next < written.length && /\s/.test(written[next]!) ? `${separator} ` : separator;
      fresh = false;
    }
    start = next;
    i = next - 1;
  }
  take(written.length);
  if (items.length === 0) return placeholders > 0 ? { status: 'placeholder', written } : { status: 'empty' };
  let standard = items[0]!;
  for (let k = 1; k < items.length; k++) standard += joiners[k]! + items[k]!;
  if (standard === written) return { status: 'ok', value: items };
  return { status: 'reformat', value: items, suggestion: standard, written };
};

function separatorAt(text: string, i: number, separators: readonly string[]): string | null {
  for (const separator of separators) if (text.startsWith(separator, i)) return separator;
  return null;
}
