import { restoreNeutralized } from '../../core/output/neutralizeFormula';
import { decodeOoxmlEscapes } from './ooxmlEscapes';
import { readXmlEntry } from './readXmlEntry';
import type { ZipEntry } from './zipEntries';

/**
 * The shared strings table, each string once (cells point into it, so a
 * repeated city is one string in memory however many rows hold it). Rich
 * text reads as its runs joined; phonetic guides (rPh) are left out, as
 * Excel shows them.
 */
export function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = '';
  let inT = false;
  let phonetic = 0;
  readXmlEntry(bytes, entry, {
    open(name, _a, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't' && phonetic === 0 && !selfClosing) inT = true;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(restoreNeutralized(decodeOoxmlEscapes(current)));
    },
    text(text) {
      if (inT) current += text;
    },
  });
  return strings;
}
