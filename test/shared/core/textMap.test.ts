import fc from 'fast-check';
import { TextMap } from '../../../shared/core/textMap';

type Op = { set: true; key: string; value: number } | { set: false; key: string };

/** Keys from a few characters, so sequences repeat keys and fill many slots; and any text, surrogates included. */
const key = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '张', '\u0000', '😀'), maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 12 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ set: fc.constant(true as const), key, value: fc.integer() }),
  fc.record({ set: fc.constant(false as const), key }),
);

describe('TextMap', () => {
  it('answers every get as a Map given the same sets does, however many keys it expected', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.nat(400), (ops, expected) => {
        const map = new Map<string, number>();
        const text = new TextMap<number>(expected);
        for (const o of ops) {
          if (o.set) {
            map.set(o.key, o.value);
            text.set(o.key, o.value);
          } else expect(text.get(o.key)).toBe(map.get(o.key));
          expect(text.size).toBe(map.size);
        }
        for (const k of map.keys()) expect(text.get(k)).toBe(map.get(k));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every entry through many growths, and finds no key it was not given', () => {
    const text = new TextMap<number>();
    for (let i = 0; i < 50_000; i++) text.set(`+86138${i}`, i);
    expect(text.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(text.get(`+86138${i}`)).toBe(i);
    for (let i = 50_000; i < 60_000; i++) expect(text.get(`+86138${i}`)).toBeUndefined();
    expect(text.get('')).toBeUndefined();
  });

  it('tells apart keys one code unit apart, and the empty text from NUL', () => {
    const text = new TextMap<string>();
    const keys = ['', '\u0000', '\u0000\u0000', ...Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i))];
    for (const k of keys) text.set(k, `v${k}`);
    for (const k of keys) expect(text.get(k)).toBe(`v${k}`);
    expect(text.size).toBe(new Set(keys).size);
  });
});
