import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

const DEFAULT_SEPARATORS = [',', '，', '、', ';', '；'];

/** Lists (tags): split on the field's separators, items trimmed, blanks and repeats dropped, joined with `, `. */
export const normalizeList: FieldNormalizer = (value, field) => {
  // Fold first and split on the folded separators, so `，` and `,` are one separator.
  const separators = [...new Set((field.separators ?? DEFAULT_SEPARATORS).map(foldWidth))];
  let parts = [foldWidth(cellToText(value))];
  // Plain loops: `flatMap` was two thirds of standardizing a list.
  for (const separator of separators) {
    const cut: string[] = [];
    for (const part of parts) for (const piece of part.split(separator)) cut.push(piece);
    parts = cut;
  }
  const items: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const item = collapseSpaces(part).replace(/\n/g, ' ');
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  if (items.length === 0) return { status: 'empty' };
  return settle(value, items);
};
