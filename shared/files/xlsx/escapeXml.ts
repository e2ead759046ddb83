const SPECIAL = /[&<>"]/;
const SPECIALS = /[&<>"]/g;
const REPLACEMENT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside XML character data and double-quoted attributes. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => REPLACEMENT[c]!) : text;
}
