import { entryText } from './entryText';
import type { ZipEntry } from './zipEntries';

/** A small part's whole text (workbook.xml, rels, content types, styles). */
export function packageText(bytes: Uint8Array, entry: ZipEntry): string {
  const pieces: string[] = [];
  entryText(bytes, entry, entry.size, (text) => void pieces.push(text));
  return pieces.join('');
}
