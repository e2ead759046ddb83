/**
 * A one-line progress bar on stderr for the long parts of a command
 * (reading and writing a big file), drawn only when stderr is a terminal:
 * piped or redirected output, and the JSON contract on stdout, stay as
 * they are. Redrawn at most every 100 ms; `done` clears the line.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): { update(fraction: number): void; done(): void } {
  if (!stream.isTTY) return { update() {}, done() {} };
  const width = 30;
  let last = 0;
  let drawn = false;
  return {
    update(fraction) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const f = Math.max(0, Math.min(1, fraction));
      const filled = Math.round(f * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(f * 100)}%`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
