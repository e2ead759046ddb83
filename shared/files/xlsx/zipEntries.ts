/** One file inside a ZIP, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused by the reader. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly headerOffset: number;
  /** Where its compressed bytes start (after the local header). */
  readonly dataOffset: number;
}

/**
 * The entries of a ZIP read from its central directory (no byte inflated),
 * or null when the bytes are not a ZIP this reader can trust: no end
 * record, a directory or local header out of bounds, ZIP64 (a customer
 * sheet never needs 4 GB), or encryption.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const flags = view.getUint16(offset + 8, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const headerOffset = view.getUint32(offset + 42, true);
    if ((flags & 1) !== 0 || compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff) return null;
    if (offset + 46 + nameLength > bytes.length || headerOffset + 30 > bytes.length || view.getUint32(headerOffset, true) !== 0x04034b50) return null;
    const dataOffset = headerOffset + 30 + view.getUint16(headerOffset + 26, true) + view.getUint16(headerOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) return null;
    entries.push({
      name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize,
      size,
      headerOffset,
      dataOffset,
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}
