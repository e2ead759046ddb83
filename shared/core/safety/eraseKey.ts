import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/hashes/utils';
import type { WorkbookPort } from '../port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../state/workbookState';
import { utf8Bytes } from './utf8Bytes';

const KEY = 'eraseKey';

/**
 * The workbook's own secret for erasure log entries, made on first use and
 * kept in the workbook's state. An unkeyed hash of a phone is reversed by
 * trying every number (140,870 tries, half a second); with the key, a log
 * entry proves an erasure to whoever holds the workbook, and reveals nothing
 * to whoever holds only the log.
 */
export async function workbookEraseKey(port: WorkbookPort, makeKey: () => Uint8Array = defaultKey): Promise<Uint8Array> {
  const stored = (await readWorkbookState(port))[KEY];
  if (typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored)) return hexToBytes(stored);
  const key = makeKey();
  await writeWorkbookState(port, KEY, bytesToHex(key));
  return key;
}

/** HMAC-SHA-256 of the erased value under the workbook's key, hex. */
export function keyedHash(key: Uint8Array, text: string): string {
  return bytesToHex(hmac(sha256, key, utf8Bytes(text)));
}

/**
 * 32 random bytes from the platform's secure generator. Apps Script has
 * none (no crypto.getRandomValues): there the Sheets port passes its own
 * (Utilities.getUuid), and this fallback, hashing the time and
 * Math.random, is never reached by a port that does.
 */
function defaultKey(): Uint8Array {
  try {
    return randomBytes(32);
  } catch {
    let seed = `${Date.now()}`;
    for (let k = 0; k < 16; k++) seed += Math.random().toString(36);
    return sha256(utf8Bytes(seed));
  }
}
