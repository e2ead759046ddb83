/** Array items stringified and written at a time: the document is never one string (a million rows' findings are 400 MB of JSON). */
const ITEMS_PER_WRITE = 2048;

/**
 * cli.md: `--format json` prints exactly one JSON document to stdout and
 * nothing else there. Written a piece at a time, byte for byte what
 * JSON.stringify gives: a top-level object's long arrays item by item.
 */
export function printJson(document: unknown, write: (text: string) => void = (text) => process.stdout.write(text)): void {
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
    write('[');
    for (let start = 0; start < items.length; start += ITEMS_PER_WRITE) {
      const piece = items.slice(start, start + ITEMS_PER_WRITE).map((item) => JSON.stringify(item) ?? 'null');
      write(`${start > 0 ? ',' : ''}${piece.join(',')}`);
    }
    write(']');
  }
  write('}\n');
}
