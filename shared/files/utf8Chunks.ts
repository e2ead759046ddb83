/** Bytes gathered before they are handed on: a few syscalls per MB, and the same memory for every chunk. */
const CHUNK = 1 << 20;

/**
 * Text appended as UTF-8 into one chunk used again and again, handed to
 * `write` whenever it is full and at `end`: `write` must take the bytes
 * before it returns (copy them, or write them out synchronously). Short
 * strings encoded as they come cost about half of joining them into long
 * ones first, and memory never touched before costs about as much as the
 * encoding itself.
 */
export function utf8Chunks(write: (bytes: Uint8Array) => void, size = CHUNK): { append(text: string): void; end(): void } {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(size);
  let length = 0;
  return {
    append(text) {
      for (let done = 0; ; ) {
        // encodeInto stops where the room ends (never inside a character); the chunk is handed on and the rest goes into it afresh.
        const { read, written } = encoder.encodeInto(done === 0 ? text : text.slice(done), chunk.subarray(length));
        length += written;
        done += read;
        if (done >= text.length) return;
        write(chunk.subarray(0, length));
        length = 0;
      }
    },
    end() {
      if (length > 0) write(chunk.subarray(0, length));
      length = 0;
    },
  };
}
