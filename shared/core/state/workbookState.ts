import type { CellValue } from '../cell';
import type { WorkbookPort } from '../port/workbookPort';

/**
 * Dossier's own memory inside the workbook (the file carries its rules and
 * decisions): a hidden sheet of `key | json…` rows. JSON is split across
 * cells because Excel caps a cell at 32,767 characters.
 */
export const STATE_SHEET = '_dossier_state';
const CHUNK = 30_000;

export type WorkbookState = Record<string, unknown>;

export async function readWorkbookState(port: WorkbookPort): Promise<WorkbookState> {
  const sheets = await port.listSheets();
  if (!sheets.some((s) => s.name === STATE_SHEET)) return {};
  const { values } = await port.readSheet(STATE_SHEET);
  return decodeState(values);
}

/** Sets one key (undefined removes it) and writes the state sheet back in one batch. */
export async function writeWorkbookState(port: WorkbookPort, key: string, value: unknown): Promise<void> {
  const sheets = await port.listSheets();
  const exists = sheets.some((s) => s.name === STATE_SHEET);
  const state = exists ? decodeState((await port.readSheet(STATE_SHEET)).values) : {};
  if (value === undefined) delete state[key];
  else Object.defineProperty(state, key, { value, enumerable: true, writable: true, configurable: true });
  if (!exists) await port.addSheet(STATE_SHEET, { hidden: true });
  await port.replaceValues(STATE_SHEET, encodeState(state));
}

export function encodeState(state: WorkbookState): CellValue[][] {
  const rows: CellValue[][] = Object.entries(state).map(([key, value]) => {
    const json = JSON.stringify(value);
    const parts: CellValue[] = [key];
    for (let i = 0; i < json.length; i += CHUNK) parts.push(json.slice(i, i + CHUNK));
    return parts;
  });
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}

export function decodeState(values: readonly (readonly CellValue[])[]): WorkbookState {
  const state: WorkbookState = {};
  for (const row of values) {
    const key = row[0];
    if (typeof key !== 'string' || key === '') continue;
    const json = row.slice(1).filter((c): c is string => typeof c === 'string').join('');
    try {
      // defineProperty, not assignment: a key such as "__proto__" must stay data, never reach the prototype.
      Object.defineProperty(state, key, { value: JSON.parse(json), enumerable: true, writable: true, configurable: true });
    } catch {
      // A hand-edited or truncated entry is dropped rather than breaking every operation.
    }
  }
  return state;
}
