import fc from 'fast-check';
import { reusedBufferWriter, type ByteSink } from '../../cli/reusedBufferWriter';

/** A sink that keeps the very buffers it is given; `queued` says whether it reports them as still waiting to be written (an asynchronous stream). */
function keepingSink(queued: boolean): ByteSink & { held: Uint8Array[] } {
  const held: Uint8Array[] = [];
  return {
    held,
    write: (bytes: Uint8Array) => held.push(bytes),
    get writableLength() {
      return queued ? held.reduce((n, b) => n + b.length, 0) : 0;
    },
  };
}

describe('reusedBufferWriter', () => {
  it('writes the UTF-8 of each piece, in order, whatever the text (surrogate pairs, CJK, empty pieces)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 30 }), (pieces) => {
        const copied: Buffer[] = [];
        const write = reusedBufferWriter({ write: (bytes) => copied.push(Buffer.from(bytes)), writableLength: 0 });
        for (const piece of pieces) write(piece);
        expect(Buffer.concat(copied).toString('utf8')).toBe(pieces.join(''));
        expect(copied.map((b) => b.length)).toEqual(pieces.map((p) => Buffer.byteLength(p)));
      }),
    );
  });

  it('never writes over bytes a stream still holds, and does reuse its buffer once they are taken', () => {
    const pieces = ['王芳 ,13800138000', 'a'.repeat(5000), '张伟', '😀 x'];
    const queued = keepingSink(true);
    const write = reusedBufferWriter(queued);
    for (const piece of pieces) write(piece);
    expect(queued.held.map((b) => Buffer.from(b).toString('utf8'))).toEqual(pieces);

    const taken = keepingSink(false);
    const writeTaken = reusedBufferWriter(taken);
    writeTaken('first');
    writeTaken('second');
    expect(taken.held[0]!.buffer).toBe(taken.held[1]!.buffer);
  });
});
