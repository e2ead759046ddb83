/**
 * A character NFKC might change: anything but printable ASCII, tab, line
 * breaks and the CJK Unified Ideographs (none of which decomposes or
 * combines). Most cells of a customer file hold none, and looking for one
 * costs a fraction of normalizing.
 */
const MAY_CHANGE_UNDER_NFKC = /[^\t\n\r\x20-\x7e\u4e00-\u9fff]/;

/**
 * Folds full-width letters, digits and punctuation (`１３８`, `ＡＢＣ`, `＋`,
 * the ideographic space) to their ASCII forms with Unicode NFKC, the
 * normalization Unicode defines for exactly this compatibility mapping.
 */
export function foldWidth(text: string): string {
  return MAY_CHANGE_UNDER_NFKC.test(text) ? text.normalize('NFKC') : text;
}
