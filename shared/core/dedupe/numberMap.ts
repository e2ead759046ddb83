/**
 * A map from whole numbers below 2^53 to values: the blocking index's keys
 * made of two ids (first · size + second), which pass 2^30 in a file of
 * 100,000 rows. V8 keeps such numbers as heap objects, and a `Map` keyed
 * by them cost about seven seconds of candidate pairs there (two-part keys,
 * 100,000 rows, on a loaded machine). Open addressing with linear probing
 * over the keys in a Float64Array; entries are never removed.
 */
export class NumberMap<V> {
  private keys: Float64Array;
  private values: (V | undefined)[];
  private mask: number;
  private count = 0;

  constructor() {
    this.keys = new Float64Array(1024).fill(-1);
    this.values = new Array<V | undefined>(1024).fill(undefined);
    this.mask = 1023;
  }

  get(key: number): V | undefined {
    const keys = this.keys;
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = keys[slot]!;
      if (found === key) return this.values[slot];
      if (found === -1) return undefined;
    }
  }

  /** Sets a key not yet in the map (the index adds each key once). */
  add(key: number, value: V): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(key, value);
    this.count++;
  }

  private place(key: number, value: V): void {
    const keys = this.keys;
    let slot = hashOf(key) & this.mask;
    while (keys[slot] !== -1) slot = (slot + 1) & this.mask;
    keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.values = new Array<V | undefined>(oldKeys.length * 2).fill(undefined);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) if (oldKeys[s] !== -1) this.place(oldKeys[s]!, oldValues[s]!);
  }
}

/** Mixes a key's high and low 32 bits (keys are non-negative integers below 2^53). */
function hashOf(key: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}
