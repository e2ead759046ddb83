import { visibleControls } from './visibleControls';

/**
 * Columns for a terminal: East Asian wide characters take two cells, so
 * Chinese names and headers line up with Latin ones.
 */
export function textTable(header: readonly string[], rawRows: readonly (readonly string[])[]): string {
  // Cells come from files: their control characters are shown as escapes, never sent to the terminal.
  const rows = rawRows.map((row) => row.map((cell) => visibleControls(cell.replace(/\s+/g, ' '))));
  const all = [header.map((cell) => visibleControls(cell)), ...rows];
  // A loop, not Math.max(...widths): a million-row dedupe lists about 90,000 clusters, and spreading that many arguments overflows the stack.
  const widths = header.map((_, c) => {
    let widest = 0;
    for (const row of all) widest = Math.max(widest, displayWidth(row[c] ?? ''));
    return Math.min(48, widest);
  });
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => pad(clip(cell, widths[c]!), widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd)
  );
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
