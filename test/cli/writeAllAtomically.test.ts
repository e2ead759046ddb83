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
