/**
 * Whether every line break in the text is CRLF: no CR without an LF after
 * it, no LF without a CR before it (and there is at least one CR). Found by
 * jumping from break to break (one native search each), not by walking the
 * text's characters.
 */
export function onlyCrlf(text: string): boolean {
  let at = text.indexOf('\r');
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf('\r', at + 2)) if (text.charCodeAt(at + 1) !== 10) return false;
  for (at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (text.charCodeAt(at - 1) !== 13) return false;
  return true;
}
