import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { writeAllAtomically } from '../../cli/outputFile';

describe('writeAllAtomically with text in pieces', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dossier-pieces-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the UTF-8 of the pieces joined, whatever their sizes and characters, beside bytes and a plain string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.constantFrom('中'.repeat(70_000), 'a'.repeat(200_000), '😀'.repeat(30_000))), { maxLength: 8 }), async (pieces) => {
        const [a, b, c] = ['a.jsonl', 'b.csv', 'c.txt'].map((name) => join(dir, name));
        await writeAllAtomically([
          { path: a!, data: pieces },
          { path: b!, data: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]) },
          { path: c!, data: pieces.join('') },
        ]);
        expect(readFileSync(a!).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
        expect([...readFileSync(b!)]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
        expect(readFileSync(c!, 'utf8')).toBe(pieces.join(''));
        // No temporary file is left behind.
        expect(readdirSync(dir).sort()).toEqual(['a.jsonl', 'b.csv', 'c.txt']);
      }),
      { numRuns: 40 },
    );
  });
});

describe('writeAllAtomically with bytes made as they are written', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'dossier-made-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every chunk the maker hands on, even one it then reuses', async () => {
    const path = join(dir, 'out.csv');
    const chunk = new Uint8Array(3);
    await writeAllAtomically([
      {
        path,
        data: (write) => {
          for (const text of ['abc', 'def', 'gh']) {
            const n = new TextEncoder().encodeInto(text, chunk).written;
            write(chunk.subarray(0, n));
          }
        },
      },
    ]);
    expect(readFileSync(path, 'utf8')).toBe('abcdefgh');
  });

  it('a maker that fails leaves no file, neither the output nor a temporary, and no other file of the set', async () => {
    const other = join(dir, 'other.jsonl');
    const failing = join(dir, 'failing.csv');
    await expect(
      writeAllAtomically([
        { path: other, data: ['x'] },
        {
          path: failing,
          data: () => {
            throw new Error('boom');
          },
        },
      ]),
    ).rejects.toThrow(/Cannot write/);
    expect(readdirSync(dir).filter((name) => name !== 'out.csv')).toEqual([]);
  });
});
