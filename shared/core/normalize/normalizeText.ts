import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldLatinWidth } from './foldLatinWidth';
import { settle } from './settle';

/** Excel's limit for one cell; longer text (a CSV allows it) cannot be kept whole in a spreadsheet. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text standard as written: words of printable ASCII, CJK ideographs and
 * CJK punctuation (which folding leaves as they are) with single spaces
 * between them. Most names, ids, addresses and Chinese notes are; one test
 * of this costs about half of folding's and collapsing's two.
 */
const STANDARD_AS_WRITTEN =
  /^[\x21-\x7e\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]+(?: [\x21-\x7e\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]+)*$/;

/** Free text: full-width Latin folded (CJK punctuation kept), trimmed, runs of spaces collapsed; longer than a cell holds is an error, never cut silently. */
export const normalizeText: FieldNormalizer = (value) => {
  if (typeof value === 'string' && value.length <= MAX_CELL_CHARS && STANDARD_AS_WRITTEN.test(value)) return { status: 'ok', value };
  const text = collapseSpaces(foldLatinWidth(cellToText(value)));
  if (text === '') return { status: 'empty' };
  if (text.length > MAX_CELL_CHARS) return { status: 'invalid', code: 'text.tooLong', params: { max: MAX_CELL_CHARS } };
  return settle(value, text);
};
