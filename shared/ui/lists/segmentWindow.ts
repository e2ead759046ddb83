/** A run of lines of one height (a group's heading, then its items). */
export interface Segment {
  readonly count: number;
  readonly height: number;
}

export interface WindowLine {
  /** The line's index in the whole list. */
  readonly index: number;
  readonly top: number;
  readonly height: number;
}

/**
 * The lines of a list made of runs of equal-height lines that fall between
 * `from` and `to` (pixels from the list's top), and the list's whole height.
 * Work grows with the runs, not the lines: 300,000 findings in a few dozen
 * runs cost the page nothing to place.
 */
export function segmentWindow(segments: readonly Segment[], from: number, to: number): { lines: WindowLine[]; total: number } {
  const lines: WindowLine[] = [];
  let y = 0;
  let index = 0;
  for (const { count, height } of segments) {
    const end = y + count * height;
    if (end > from && y < to && height > 0) {
      const first = Math.max(0, Math.floor((from - y) / height));
      const last = Math.min(count, Math.ceil((to - y) / height));
      for (let k = first; k < last; k++) lines.push({ index: index + k, top: y + k * height, height });
    }
    y = end;
    index += count;
  }
  return { lines, total: y };
}
