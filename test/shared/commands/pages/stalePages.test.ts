import type { StaleEntry, StaleResult } from '../../../../shared/commands/commandApi';
import { localStalePages } from '../../../../shared/commands/pages/stalePages';
import { staleLines } from '../../../../shared/commands/pages/staleLines';

const entry = (row: number, daysSince: number | null): StaleEntry => ({ row, name: `C${row}`, lastTouched: daysSince === null ? null : '2026-01-01', daysSince });

describe('stale pages', () => {
  const result: StaleResult = {
    sheet: 'S',
    days: 90,
    today: '2026-11-22',
    byOwner: [
      { owner: 'A', stale: [entry(2, 100), entry(3, 400)], followUpsDue: [{ ...entry(2, null), nextFollowUp: '2026-11-20' }], birthdays: [] },
      { owner: 'B', stale: [entry(5, 200)], followUpsDue: [], birthdays: [] },
    ],
  };

  it('serves the lines staleLines draws, with their runs by kind and every listed row once', async () => {
    const pages = localStalePages(result);
    const lines = staleLines(result);
    expect([...(await pages.window(0, 3)), ...(await pages.window(3, 100))]).toEqual(lines);
    expect(pages.runs).toEqual([
      { kind: 'owner', count: 1 }, { kind: 'section', count: 1 }, { kind: 'entry', count: 2 }, { kind: 'section', count: 1 }, { kind: 'entry', count: 1 },
      { kind: 'owner', count: 1 }, { kind: 'section', count: 1 }, { kind: 'entry', count: 1 },
    ]);
    expect(pages.runs.reduce((n, r) => n + r.count, 0)).toBe(lines.length);
    // Row 2 is both stale and due: counted and selected once.
    expect(pages.entries).toBe(3);
    expect((await pages.entryRows()).sort()).toEqual([2, 3, 5]);
  });
});
