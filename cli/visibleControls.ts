/**
 * Text for a terminal with its control characters shown, not obeyed: a
 * cell holding ESC[2J would otherwise clear the screen, a bidi override
 * reorder what follows. C0 and C1 controls, DEL and the bidi embeddings,
 * overrides and isolates become `\x1b`-style escapes; spaces, tabs and
 * line breaks are left to the caller, which lays them out.
 */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
