/**
 * The 0-based rows an edit touched, from the address Excel reports
 * (`B7`, `B7:D9`, `'Sheet 1'!A2:A4`, `7:9`). `null` for whole columns
 * (`B:B`) or anything unreadable: the caller re-checks the whole sheet.
 */
export function rowsOfAddress(address: string): number[] | null {
  const rows = new Set<number>();
  const local = address.slice(address.lastIndexOf('!') + 1);
  for (const part of local.split(',')) {
    const match = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(part.trim());
    if (!match) return null;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last - first > 100_000) return null;
    for (let r = Math.min(first, last); r <= Math.max(first, last); r++) rows.add(r - 1);
  }
  return [...rows].sort((a, b) => a - b);
}
