/** Reads `encodeMarkedCells`'s texts back; anything that is not a `row:col` entry is skipped, not guessed at. */
export function decodeMarkedCells(texts: readonly unknown[]): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  for (const text of texts) {
    if (typeof text !== 'string' || text === '') continue;
    for (const entry of text.split(';')) {
      const match = /^(\d+):(\d+)$/.exec(entry);
      if (match) cells.push([Number(match[1]), Number(match[2])]);
    }
  }
  return cells;
}
