import { decodeXmlText } from './decodeXmlText';

export type XmlAttributes = Record<string, string>;

/** What a streaming XML reader hands on: element names without their namespace prefix (x:row is row). */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, entities decoded (whitespace between tags included). */
  text(text: string): void;
}

/**
 * A streaming tokenizer for the XML of an .xlsx package, fed text in pieces
 * of any size (a tag may straddle two). Made for SpreadsheetML as Excel,
 * LibreOffice and the common libraries write it: elements, attributes,
 * text, entities, CDATA; comments, processing instructions and the DOCTYPE
 * are skipped. It checks no well-formedness beyond what it needs, and is
 * several times faster than a general parser here (bench/xlsxReaders.ts).
 */
export class XmlTokenizer {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const buf = this.rest.length > 0 ? this.rest + chunk : chunk;
    const h = this.handler;
    let pos = 0;
    const n = buf.length;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) break;
      if (lt > pos) h.text(decodeXmlText(buf.slice(pos, lt)));
      pos = lt;
      const next = buf.charCodeAt(lt + 1);
      if (next !== next) break; // NaN: the tag continues in the next piece
      if (next === 47 /* / */) {
        const gt = buf.indexOf('>', lt + 2);
        if (gt < 0) break;
        h.close(localName(buf.slice(lt + 2, gt).trimEnd()));
        pos = gt + 1;
      } else if (next === 63 /* ? */) {
        const end = buf.indexOf('?>', lt + 2);
        if (end < 0) break;
        pos = end + 2;
      } else if (next === 33 /* ! */) {
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) break;
          h.text(buf.slice(lt + 9, end));
          pos = end + 3;
        } else if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) break;
          pos = end + 3;
        } else {
          if (lt + 9 > n) break;
          const end = buf.indexOf('>', lt + 2);
          if (end < 0) break;
          pos = end + 1;
        }
      } else {
        const end = openTag(buf, lt, h);
        if (end < 0) break;
        pos = end;
      }
    }
    if (pos >= n) this.rest = '';
    else if (buf.indexOf('<', pos) < 0) {
      // Text with no tag after it yet: hand it on, keeping a possible entity cut in two.
      const amp = buf.lastIndexOf('&');
      const keep = amp >= pos && buf.indexOf(';', amp) < 0 ? amp : n;
      if (keep > pos) h.text(decodeXmlText(buf.slice(pos, keep)));
      this.rest = buf.slice(keep);
    } else this.rest = buf.slice(pos);
  }

  /** Whether the text ended inside a tag (a truncated file). */
  get pending(): boolean {
    return this.rest.length > 0;
  }
}

/** Reads the start tag at `lt`; returns the position after it, or -1 when it continues in the next piece. */
function openTag(buf: string, lt: number, h: XmlHandler): number {
  const n = buf.length;
  let i = lt + 1;
  while (i < n) {
    const c = buf.charCodeAt(i);
    if (c === 32 || c === 62 || c === 47 || c === 10 || c === 13 || c === 9) break;
    i++;
  }
  if (i >= n) return -1;
  const name = localName(buf.slice(lt + 1, i));
  const attributes: XmlAttributes = {};
  for (;;) {
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    if (i >= n) return -1;
    const c = buf.charCodeAt(i);
    if (c === 62 /* > */) {
      h.open(name, attributes, false);
      return i + 1;
    }
    if (c === 47 /* / */) {
      if (i + 1 >= n) return -1;
      h.open(name, attributes, true);
      h.close(name);
      return i + 2;
    }
    const eq = buf.indexOf('=', i);
    if (eq < 0) return -1;
    let q = eq + 1;
    while (q < n && buf.charCodeAt(q) !== 34 && buf.charCodeAt(q) !== 39) q++;
    if (q >= n) return -1;
    const close = buf.indexOf(buf[q]!, q + 1);
    if (close < 0) return -1;
    attributes[localName(buf.slice(i, eq).trimEnd())] = decodeXmlText(buf.slice(q + 1, close));
    i = close + 1;
  }
}

/** r:id keeps its prefix (relationship ids are looked up by it); element prefixes (x:row) are dropped. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  return name.startsWith('r:') || name.startsWith('xmlns') ? name : name.slice(colon + 1);
}
