import { zipEntries } from './xlsx/zipEntries';

/** An .xlsx may unpack to at most this much, and to at most this many times its own size (real workbooks: about 5-15x). */
export const MAX_UNPACKED_BYTES = 1_024 * 1_048_576;
export const MAX_INFLATION = 100;

/**
 * What an .xlsx (a ZIP) would unpack to, read from the ZIP's own central
 * directory before anything is inflated, so a "zip bomb" (a few kilobytes
 * that inflate to gigabytes) is refused instead of exhausting memory.
 * Returns null when the bytes are not a readable ZIP (the reader then says so).
 */
export function zipUnpackedBytes(bytes: Uint8Array): { entries: number; unpacked: number } | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  let unpacked = 0;
  for (const entry of entries) unpacked += entry.size;
  return { entries: entries.length, unpacked };
}
