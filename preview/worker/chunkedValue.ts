/** Arrays longer than this travel in parts, each its own message (and its own short task on the page). */
export const PART_SIZE = 1000;
/** About this much JSON per part: a part of heavy items (duplicate clusters, ~1.5 kB each) is fewer of them. */
const PART_BYTES = 64 * 1024;

/**
 * How many of `items` go in one part: as many as make about 64 kB (from the
 * first few), at most PART_SIZE. Deserializing a part is one task on the page;
 * 1,000 clusters took 330 ms, 40 take under 20.
 */
export function partSize(items: readonly unknown[]): number {
  const sample = items.slice(0, 20);
  const bytes = JSON.stringify(sample).length / Math.max(1, sample.length);
  return Math.max(10, Math.min(PART_SIZE, Math.floor(PART_BYTES / Math.max(1, bytes))));
}

export type Path = Array<string | number>;

/**
 * Takes the long arrays out of a command's result (a check's 300,000
 * findings, a fix's 170,000 changes): the result is left with empty arrays
 * in their place, and each long array is returned with its path, to be sent
 * in parts. Deserializing one huge message is one long task on the page;
 * many small ones let it paint in between.
 */
export function takeLongArrays(value: unknown, path: Path = [], found: Array<{ path: Path; items: unknown[] }> = [], depth = 0): { value: unknown; long: Array<{ path: Path; items: unknown[] }> } {
  if (Array.isArray(value)) {
    if (value.length > PART_SIZE) {
      found.push({ path, items: value });
      return { value: [], long: found };
    }
    if (depth < 4) return { value: value.map((v, i) => takeLongArrays(v, [...path, i], found, depth + 1).value), long: found };
    return { value, long: found };
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value) && depth < 4) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = takeLongArrays(v, [...path, k], found, depth + 1).value;
    return { value: copy, long: found };
  }
  return { value, long: found };
}

/** Puts a long array back at its path in a result. */
export function putLongArray(value: unknown, path: Path, items: unknown[]): unknown {
  if (path.length === 0) return items;
  let at = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = items;
  return value;
}
