import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/** Excel's limit for one cell; longer text (a CSV allows it) cannot be kept whole in a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text standard as written: words of printable ASCII and CJK ideographs
 * (which NFKC leaves as they are) with single spaces between them. Most
 * names, ids and addresses are; one test of this costs about half of
 * folding's and collapsing's two.
 */
const STANDARD_AS_WRITTEN = /^[\x21-\x7e\u4e00-\u9fff]+(?: [\x21-\x7e\u4e00-\u9fff]+)*$/;

/** Free text: width-folded, trimmed, runs of spaces collapsed; longer than a cell holds is an error, never cut silently. */
export const normalizeText: FieldNormalizer = (value) => {
  if (typeof value === 'string' && value.length <= MAX_CELL_CHARS && STANDARD_AS_WRITTEN.test(value)) return { status: 'ok', value };
  const text = collapseSpaces(foldWidth(cellToText(value)));
  if (text === '') return { status: 'empty' };
  if (text.length > MAX_CELL_CHARS) return { status: 'invalid', code: 'text.tooLong', params: { max: MAX_CELL_CHARS } };
  return settle(value, text);
};
