import { Inflate } from 'fflate';
import type { ZipEntry } from './zipEntries';

/** Compressed bytes handed to the inflater at a time: the text arrives in pieces of about 0.5-1 MB. */
const SLICE = 64 * 1024;

/** Thrown when an entry inflates to more than it may (the reader words it for the user). */
export class InflateLimitError extends Error {}
/** Thrown when an entry's bytes do not inflate to what the directory says. */
export class DamagedEntryError extends Error {}

/**
 * Streams a ZIP entry's text (UTF-8) to `onText` piece by piece, so a
 * 100 MB sheet is never one string. Counts the bytes actually inflated and
 * stops at `limit` (a directory can lie about sizes); `onText` returning
 * false stops early (a reader that has what it needs). Pure JS (fflate):
 * runs the same in a browser worker.
 */
export function entryText(bytes: Uint8Array, entry: ZipEntry, limit: number, onText: (text: string) => boolean | void): void {
  const decoder = new TextDecoder();
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let inflated = 0;
  let stopped = false;
  const take = (chunk: Uint8Array, final: boolean) => {
    if (stopped) return;
    inflated += chunk.length;
    if (inflated > limit) throw new InflateLimitError(`${entry.name} inflates past ${limit} bytes`);
    const text = decoder.decode(chunk, { stream: !final });
    if (text.length > 0 && onText(text) === false) stopped = true;
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length && !stopped; at += SLICE * 8) take(data.subarray(at, at + SLICE * 8), at + SLICE * 8 >= data.length);
    if (data.length === 0) take(data, true);
  } else if (entry.method === 8) {
    const inflater = new Inflate(take);
    for (let at = 0; at < data.length && !stopped; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) throw new DamagedEntryError(`${entry.name} is empty`);
  } else {
    throw new DamagedEntryError(`${entry.name} uses compression method ${entry.method}`);
  }
  if (!stopped && inflated !== entry.size) throw new DamagedEntryError(`${entry.name} inflated to ${inflated} bytes, not ${entry.size}`);
}
