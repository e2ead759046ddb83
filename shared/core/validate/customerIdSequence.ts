import type { Normalized } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';

/**
 * New ids for blank id cells, continuing the file's own numbering: the most
 * common `prefix + digits` pattern among existing ids (`C000123` →
 * `C000124`), or `C000001` upward in a file without one. Never reuses an id.
 *
 * No set of taken ids is needed: an id of the chosen prefix with a number
 * above the prefix's largest cannot exist. Numbers are counted exactly:
 * in a double up to 15 digits, as a bigint beyond (rare, so kept off the
 * common path).
 */
export function customerIdSequence(existing: readonly string[]): () => string {
  const byPrefix = new Map<string, PrefixCount>();
  // Ids of one file share their prefix, so the last one's entry is usually the next one's.
  let lastPrefix: string | null = null;
  let last: PrefixCount | null = null;
  for (const id of existing) {
    const split = digitsAtEnd(id);
    if (split === id.length) continue;
    if (last === null || lastPrefix!.length !== split || !id.startsWith(lastPrefix!)) {
      lastPrefix = id.slice(0, split);
      last = byPrefix.get(lastPrefix) ?? { count: 0, max: 0, maxLong: 0n, width: 0 };
      byPrefix.set(lastPrefix, last);
    }
    const width = id.length - split;
    last.count += 1;
    if (width <= MAX_EXACT_DIGITS) last.max = Math.max(last.max, digitsValue(id, split));
    else last.maxLong = maxOf(last.maxLong, BigInt(id.slice(split)));
    last.width = Math.max(last.width, width);
  }
  let prefix = 'C';
  let next = 1n;
  let width = 6;
  let best = 0;
  for (const [p, entry] of byPrefix) {
    if (entry.count > best) {
      best = entry.count;
      prefix = p;
      next = maxOf(BigInt(entry.max), entry.maxLong) + 1n;
      width = entry.width;
    }
  }
  return () => prefix + String(next++).padStart(width, '0');
}

/** The sequence continuing the ids of a standardized id column (blank and invalid cells left out). */
export function customerIdSequenceOf(column: readonly Normalized[]): () => string {
  const existing: string[] = [];
  for (const result of column) {
    const value = standardOf(result);
    if (value !== undefined) existing.push(String(value));
  }
  return customerIdSequence(existing);
}

interface PrefixCount {
  count: number;
  /** The largest number of up to 15 digits. */
  max: number;
  /** The largest longer one. */
  maxLong: bigint;
  width: number;
}

/** Every whole number of up to 15 digits is exact in a double. */
const MAX_EXACT_DIGITS = 15;

function maxOf(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** The number the id's digits from `from` on spell, read in place rather than sliced off into a string of their own. */
function digitsValue(id: string, from: number): number {
  let value = 0;
  for (let at = from; at < id.length; at++) value = value * 10 + (id.charCodeAt(at) - 48);
  return value;
}

/** Where the id's trailing run of ASCII digits starts (its length when it has none). */
function digitsAtEnd(id: string): number {
  let at = id.length;
  while (at > 0 && id.charCodeAt(at - 1) >= 48 && id.charCodeAt(at - 1) <= 57) at--;
  return at;
}
