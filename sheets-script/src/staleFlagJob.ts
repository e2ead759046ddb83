import { staleRows } from '../../shared/core/insights/staleness';
import { readCustomerTable } from '../../shared/core/table/readCustomerTable';
import type { Template } from '../../shared/core/template/templateSchema';
import type { NormalizeContext } from '../../shared/core/normalize/normalized';
import type { SpreadsheetSheet } from './appsScriptServices';
import type { ChunkedJob } from './chunkedJob';
import { NOTE_PREFIX } from './sheetsWorkbook';

const STALE_FILL = '#e7e6e6';

/**
 * "Flag stale rows" for sheets of any size: each chunk reads its rows with
 * one getValues, marks the stale ones (first column: fill and note) with one
 * getNotes/setNotes and getBackgrounds/setBackgrounds, and counts them.
 */
export function staleFlagJob(sheet: SpreadsheetSheet, template: Template, context: NormalizeContext, options: { readDates: (values: unknown[][]) => unknown[][]; days?: number; lang: 'en' | 'zh' }): ChunkedJob {
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  return {
    name: `stale:${sheet.getName()}`,
    total: () => Math.max(0, sheet.getLastRow() - 1),
    step(from, to) {
      const rows = to - from;
      const cols = Math.max(1, sheet.getLastColumn());
      const range = sheet.getRange(2 + from, 1, rows, cols);
      const values = options.readDates(range.getValues());
      const table = readCustomerTable(template, { name: sheet.getName(), values: [header as never, ...(values as never[][])] }, context);
      const stale = staleRows(table, { today: context.today, days: options.days });
      const marker = sheet.getRange(2 + from, 1, rows, 1);
      const notes = marker.getNotes();
      const fills = marker.getBackgrounds();
      for (let r = 0; r < rows; r++) {
        if (!notes[r]![0]!.startsWith(NOTE_PREFIX)) continue;
        notes[r]![0] = '';
        fills[r]![0] = '#ffffff';
      }
      for (const s of stale) {
        // Row numbers of the chunk table start at 2; the sheet's are offset by `from`.
        const r = s.row - 2;
        fills[r]![0] = STALE_FILL;
        notes[r]![0] = NOTE_PREFIX + (s.lastTouched === null ? (options.lang === 'zh' ? '从未更新或联系' : 'never updated or contacted') : options.lang === 'zh' ? `${s.daysSince} 天未联系` : `not touched for ${s.daysSince} days`);
      }
      marker.setNotes(notes);
      marker.setBackgrounds(fills);
      return { stale: stale.length, rows };
    },
  };
}
