import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/** Excel's limit for one cell; longer text (a CSV allows it) cannot be kept whole in a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;

/** Free text: width-folded, trimmed, runs of spaces collapsed; longer than a cell holds is an error, never cut silently. */
export const normalizeText: FieldNormalizer = (value) => {
  const text = collapseSpaces(foldWidth(cellToText(value)));
  if (text === '') return { status: 'empty' };
  if (text.length > MAX_CELL_CHARS) return { status: 'invalid', code: 'text.tooLong', params: { max: MAX_CELL_CHARS } };
  return settle(value, text);
};
