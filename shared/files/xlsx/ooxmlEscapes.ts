const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/g;

/** Text of a cell with OOXML's _xHHHH_ escapes (how Excel stores control characters such as _x000D_) decoded. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse: characters XML cannot hold, and text that would read as an escape, written as _xHHHH_. */
export function encodeOoxmlEscapes(text: string): string {
  return text.replace(NEEDS_ESCAPE, (match) => (match.length === 1 ? `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : `_x005F_${match.slice(1)}`));
}
