/**
 * New ids for blank id cells, continuing the file's own numbering: the most
 * common `prefix + digits` pattern among existing ids (`C000123` →
 * `C000124`), or `C000001` upward in a file without one. Never reuses an id.
 */
export function customerIdSequence(existing: Iterable<string>): () => string {
  const taken = new Set<string>();
  const byPrefix = new Map<string, { count: number; max: number; width: number }>();
  for (const id of existing) {
    taken.add(id);
    const split = digitsAtEnd(id);
    if (split === id.length) continue;
    const prefix = id.slice(0, split);
    const digits = id.slice(split);
    const entry = byPrefix.get(prefix) ?? { count: 0, max: 0, width: 0 };
    entry.count += 1;
    entry.max = Math.max(entry.max, Number(digits));
    entry.width = Math.max(entry.width, digits.length);
    byPrefix.set(prefix, entry);
  }
  let prefix = 'C';
  let next = 1;
  let width = 6;
  let best = 0;
  for (const [p, entry] of byPrefix) {
    if (entry.count > best) {
      best = entry.count;
      prefix = p;
      next = entry.max + 1;
      width = entry.width;
    }
  }
  return () => {
    let id: string;
    do id = prefix + String(next++).padStart(width, '0');
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/** Where the id's trailing run of ASCII digits starts (its length when it has none). */
function digitsAtEnd(id: string): number {
  let at = id.length;
  while (at > 0 && id.charCodeAt(at - 1) >= 48 && id.charCodeAt(at - 1) <= 57) at--;
  return at;
}
