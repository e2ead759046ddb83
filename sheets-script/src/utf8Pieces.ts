/**
 * Cuts text into pieces of at most `maxBytes` bytes in UTF-8, never inside a
 * character: CacheService holds 100 KB a value, counted in bytes
 * (https://developers.google.com/apps-script/reference/cache/cache), and a
 * Chinese character is three of them, so 90,000 characters of results can
 * be 270 KB.
 */
export function utf8Pieces(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
