import iconv from 'iconv-lite';

/**
 * The text of a CSV as Excel and other tools save it: UTF-8 with or without
 * a BOM, UTF-16 with a BOM ("Unicode text"), else GB18030 (a superset of
 * GBK, what Excel in Chinese locales writes). Strict UTF-8 decoding decides:
 * GB18030 bytes of Chinese text are almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(toBuffer(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
