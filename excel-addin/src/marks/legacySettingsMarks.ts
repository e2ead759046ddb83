import type { LegacyMarks, SheetMarks } from './workbookMarkMemory';

const KEY = 'dossier.marks';
const RULES_KEY = 'dossier.staleRules';

/**
 * Marks an earlier Dossier remembered in document settings ({sheet: [row,
 * col, row, col, …]} and {sheet: rule id}). The workbook memory takes them
 * in once, so their fills are cleared like any other, and then they are
 * removed from the settings. A failed settings save only means they are
 * taken in again next time.
 */
export function legacySettingsMarks(settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>): LegacyMarks {
  const bag = (key: string): Record<string, unknown> => {
    const stored = settings.get(key) as unknown;
    return stored && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {};
  };
  return {
    read(sheet): SheetMarks {
      const flat = bag(KEY)[sheet];
      const cells: Array<[number, number]> = [];
      if (Array.isArray(flat)) for (let i = 0; i + 1 < flat.length; i += 2) if (Number.isInteger(flat[i]) && Number.isInteger(flat[i + 1])) cells.push([flat[i] as number, flat[i + 1] as number]);
      const rule = bag(RULES_KEY)[sheet];
      return { cells, rule: typeof rule === 'string' ? rule : null };
    },
    async forget(sheet) {
      const marks = bag(KEY);
      const rules = bag(RULES_KEY);
      if (!(sheet in marks) && !(sheet in rules)) return;
      delete marks[sheet];
      delete rules[sheet];
      settings.set(KEY, marks);
      settings.set(RULES_KEY, rules);
      await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    },
  };
}
