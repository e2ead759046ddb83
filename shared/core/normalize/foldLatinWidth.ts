/** Characters this folding may change: full-width Latin letters and digits, the ideographic space, and anything NFC may compose. */
const MAY_CHANGE = /[^\t\n\r\x20-\x7e\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/;
const FULL_WIDTH_LATIN = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g;
/** Full-width forms sit 0xFEE0 above their ASCII ones. */
const OFFSET = 0xfee0;

/**
 * Width folding for text a person wrote (names, companies, addresses,
 * notes, tags, ids): full-width Latin letters and digits (`ＡＢＣ１２３`)
 * and the ideographic space become their half-width forms, and combining
 * marks are composed (NFC). CJK punctuation (，。、；：？！（）《》“”) is
 * left as written: in Chinese text it is correct, and NFKC, which folds it
 * to ASCII, rewrote sentences that needed no fix.
 */
export function foldLatinWidth(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text.replace(FULL_WIDTH_LATIN, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - OFFSET))).normalize('NFC');
}
