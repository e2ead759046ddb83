import { entryText } from './entryText';
import { escapeXml } from './escapeXml';
import { encodeOoxmlEscapes } from './ooxmlEscapes';
import type { ZipWriter } from './zipWriter';
import type { ZipEntry } from './zipEntries';

/**
 * The shared strings of the written workbook: the source's table kept as
 * it is (cells copied unchanged point into it), new texts appended once each.
 */
export class SharedStringsOut {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private touched = false;

  /** `originalCount`: how many strings the source's table holds (new ones are numbered after them). */
  constructor(private readonly originalCount: number) {}

  /**
   * The index of a text as written in a cell (neutralized already). New
   * texts are appended even when the source's table holds the same text:
   * looking that up meant hashing every string of the source (a third of
   * writing a fixed 100k-row sheet), and Excel reads a repeated entry as
   * it reads any other.
   */
  indexOf(written: string): number {
    this.touched = true;
    let i = this.index.get(written);
    if (i === undefined) {
      i = this.originalCount + this.added.length;
      this.added.push(written);
      this.index.set(written, i);
    }
    return i;
  }

  get used(): boolean {
    return this.touched;
  }

  /** Writes the part: the source's XML streamed through with the new strings before its end, or a fresh table. */
  write(zip: ZipWriter, path: string, source: { bytes: Uint8Array; entry: ZipEntry } | null): void {
    if (source && this.added.length === 0) {
      zip.copy(source.bytes, source.entry, path);
      return;
    }
    const out = zip.stream(path);
    const total = this.originalCount + this.added.length;
    const tail = () => {
      for (const text of this.added) {
        const t = escapeXml(encodeOoxmlEscapes(text));
        out.write(/^\s|\s$/.test(text) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`);
      }
    };
    if (!source) {
      out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${total}">`);
      tail();
      out.write('</sst>');
      out.end();
      return;
    }
    let head = true;
    let keep = '';
    entryText(source.bytes, source.entry, source.entry.size, (text) => {
      let buf = keep + text;
      if (head) {
        const m = /<((?:\w+:)?sst)\b([^>]*?)(\/?)>/.exec(buf);
        if (!m) {
          keep = buf;
          return;
        }
        head = false;
        const attributes = m[2]!.replace(/\s(?:count|uniqueCount)="\d*"/g, '');
        // A table written empty (<sst/>) is opened so the new strings fit.
        const open = `<${m[1]}${attributes} uniqueCount="${total}">` + (m[3] ? `</${m[1]}>` : '');
        buf = buf.slice(0, m.index) + open + buf.slice(m.index + m[0].length);
      }
      // Hold back enough to find the closing tag across pieces.
      const close = buf.search(/<\/(?:\w+:)?sst>\s*$/);
      if (close >= 0) {
        out.write(buf.slice(0, close));
        tail();
        out.write(buf.slice(close));
        keep = '';
        return;
      }
      const cut = Math.max(0, buf.length - 16);
      out.write(buf.slice(0, cut));
      keep = buf.slice(cut);
    });
    if (keep !== '') out.write(keep);
    out.end();
  }
}
