import { entryText } from './entryText';
import { XmlTokenizer, type XmlHandler } from './xmlTokenizer';
import type { ZipEntry } from './zipEntries';

/** Runs an entry's XML through a handler piece by piece; `done` (checked after each piece) stops early. */
export function readXmlEntry(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler, done?: () => boolean): void {
  const tokenizer = new XmlTokenizer(handler);
  // A part may inflate to what its directory entry declares and no more.
  entryText(bytes, entry, entry.size, (text) => {
    tokenizer.write(text);
    return done ? !done() : true;
  });
}

/** Resolves a relationship target against the folder of the part that names it ("worksheets/sheet1.xml" from xl/). */
export function resolvePartPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships part of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
