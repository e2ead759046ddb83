/**
 * The form two headers are compared in: width-folded (NFKC), lower-case,
 * with white space and decoration (`*` required markers, trailing colons)
 * removed, so `手机 `, `ＭＯＢＩＬＥ` and `*Mobile:` all meet `mobile`.
 */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*:：]+/gu, '');
}
