import fc from 'fast-check';
import type { StaleEntry, StaleResult } from '../../../../shared/commands/commandApi';
import { staleLines } from '../../../../shared/commands/pages/staleLines';

const entry = (row: number, daysSince: number | null): StaleEntry => ({ row, name: `C${row}`, lastTouched: daysSince === null ? null : '2026-01-01', daysSince });

describe('staleLines', () => {
  it('lists stale customers longest untouched first, never touched before all', () => {
    const result: StaleResult = { sheet: 'S', days: 90, today: '2026-11-22', byOwner: [{ owner: 'A', stale: [entry(2, 100), entry(3, null), entry(4, 400)], followUpsDue: [], birthdays: [] }] };
    const lines = staleLines(result);
    expect(lines.map((l) => l.kind)).toEqual(['owner', 'section', 'entry', 'entry', 'entry']);
    expect(lines.flatMap((l) => (l.kind === 'entry' ? [l.entry.row] : []))).toEqual([3, 4, 2]);
  });

  it('keeps every entry exactly once, under its owner and section, and skips owners with nothing', () => {
    const entries = fc.array(fc.record({ row: fc.integer({ min: 2, max: 100_000 }), days: fc.option(fc.integer({ min: 0, max: 5000 })) }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.record({ owner: fc.string(), stale: entries, due: entries }), { maxLength: 5 }), (groups) => {
        const result: StaleResult = { sheet: 'S', days: 90, today: '2026-11-22', byOwner: groups.map((g) => ({ owner: g.owner, stale: g.stale.map((e) => entry(e.row, e.days)), followUpsDue: g.due.map((e) => ({ ...entry(e.row, null), nextFollowUp: '2026-11-20' })), birthdays: [] })) };
        const lines = staleLines(result);
        const listed = lines.filter((l) => l.kind === 'entry').length;
        expect(listed).toBe(groups.reduce((n, g) => n + g.stale.length + g.due.length, 0));
        expect(lines.filter((l) => l.kind === 'owner').length).toBe(groups.filter((g) => g.stale.length + g.due.length > 0).length);
        let last = Number.POSITIVE_INFINITY;
        let section = '';
        for (const line of lines) {
          if (line.kind !== 'entry') {
            last = Number.POSITIVE_INFINITY;
            section = line.kind;
            continue;
          }
          if (line.section !== 'stale') continue;
          const days = line.entry.daysSince ?? Number.POSITIVE_INFINITY;
          expect(days).toBeLessThanOrEqual(last);
          last = days;
          void section;
        }
      }),
    );
  });
});
