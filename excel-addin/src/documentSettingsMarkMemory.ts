import type { MarkMemory } from './officeWorkbook';

const KEY = 'dossier.marks';
const RULES_KEY = 'dossier.staleRules';

/**
 * Remembers which cells Dossier filled, per sheet, in the document's add-in
 * settings (Office.context.document.settings: saved inside the workbook, so
 * the next check on any machine clears exactly Dossier's own fills and
 * never a user's). Cells are stored flat ([row, col, row, col, …]) to keep
 * the settings small.
 */
export function documentSettingsMarkMemory(settings: Office.Settings): MarkMemory {
  const all = (): Record<string, number[]> => {
    const stored = settings.get(KEY) as unknown;
    return stored && typeof stored === 'object' ? (stored as Record<string, number[]>) : {};
  };
  const rules = (): Record<string, unknown> => {
    const stored = settings.get(RULES_KEY) as unknown;
    return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  };
  // A failed save must not pass for a saved one: the next check would not know which fills are Dossier's.
  const save = () =>
    new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) => (String(result?.status) === 'failed' ? reject(new Error(result.error?.message ?? 'settings not saved')) : resolve())),
    );
  return {
    get(sheet) {
      const flat = all()[sheet] ?? [];
      const cells: Array<[number, number]> = [];
      for (let i = 0; i + 1 < flat.length; i += 2) cells.push([flat[i]!, flat[i + 1]!]);
      return cells;
    },
    async set(sheet, cells) {
      settings.set(KEY, { ...all(), [sheet]: cells.flat() });
      await save();
    },
    getRule(sheet) {
      const id = rules()[sheet];
      return typeof id === 'string' ? id : null;
    },
    async setRule(sheet, id) {
      const next = { ...rules() };
      if (id === null) delete next[sheet];
      else next[sheet] = id;
      settings.set(RULES_KEY, next);
      await save();
    },
  };
}
