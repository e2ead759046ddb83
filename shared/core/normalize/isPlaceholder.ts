/**
 * What clerks type for "nothing": Chinese words for none/unknown, the
 * English abbreviations, and lone dashes or slashes, compared trimmed,
 * width-folded and lower-cased.
 */
const PLACEHOLDERS = new Set([
  '无', '暂无', '未知', '没有', '不详', '不明', '空', '无信息', '待定', '待补充', '未填', '未填写',
  'n/a', 'na', 'n.a.', 'none', 'nil', 'null', 'unknown', 'tbd', 'not available',
  '-', '--', '---', '—', '——', '–', '/', '//', '\\', '.', '..', '...', '…', '……', '?', '??', '？', '？？',
]);
/** No placeholder is longer than this. */
const LONGEST = 16;
/** Every placeholder starts with one of these (or its full-width form): one test rules out nearly every name, note and address. */
const FIRST_CHARACTER = /^[\s\u3000]*[无暂未没不空待nNtTuU\-—–/\\.…?？－／．ｎＮｔＴｕＵ]/u;

/** Whether a cell's text stands for nothing (`无`, `N/A`, `-`, `—`, `/`). */
export function isPlaceholder(text: string): boolean {
  if (text.length > LONGEST || !FIRST_CHARACTER.test(text)) return false;
  return PLACEHOLDERS.has(text.normalize('NFKC').trim().toLowerCase());
}
