const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data with its entities (&amp;, &#x4E2D;…) decoded; text without '&' is returned as it is. */
export function decodeXmlText(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_, entity: string) => {
    if (entity.charCodeAt(0) !== 35) return NAMED[entity]!;
    const code = entity.charCodeAt(1) === 120 ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}
