import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/** Free text: width-folded, trimmed, runs of spaces collapsed. */
export const normalizeText: FieldNormalizer = (value) => {
  const text = collapseSpaces(foldWidth(cellToText(value)));
  if (text === '') return { status: 'empty' };
  return settle(value, text);
};
