import { reusedBufferWriter } from './reusedBufferWriter';

/** Array items stringified and written at a time: the document is never one string (a million rows' findings are 400 MB of JSON). */
const ITEMS_PER_WRITE = 2048;

/**
 * cli.md: `--format json` prints exactly one JSON document to stdout and
 * nothing else there. Written a piece at a time, byte for byte what
 * JSON.stringify gives: a top-level object's long arrays item by item.
 */
export function printJson(document: unknown, write: (text: string) => void = reusedBufferWriter(process.stdout)): void {
  if (document === null || typeof document !== 'object' || Array.isArray(document) || typeof (document as { toJSON?: unknown }).toJSON === 'function') {
    write(`${JSON.stringify(document)}\n`);
    return;
  }
  let first = true;
  write('{');
  for (const [key, value] of Object.entries(document)) {
    const text = Array.isArray(value) ? null : JSON.stringify(value);
    // JSON.stringify leaves out a key whose value is undefined, a function or a symbol.
    if (text === undefined) continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (text !== null) {
      write(text);
      continue;
    }
    const items = value as unknown[];
    if (items.length === 0) {
      write('[]');
      continue;
    }
    // Each piece stringified as an array in one native call, its brackets dropped where pieces meet (item by item, then joined, cost more than the rest of printing).
    for (let start = 0; start < items.length; start += ITEMS_PER_WRITE) {
      const end = Math.min(items.length, start + ITEMS_PER_WRITE);
      const piece = JSON.stringify(items.slice(start, end));
      if (start > 0) write(',');
      write(piece.slice(start > 0 ? 1 : 0, end < items.length ? -1 : piece.length));
    }
  }
  write('}\n');
}
