import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { SheetState } from './protocol';

/** A sheet's full state as it crosses to another worker (the copy-on-write bookkeeping stays behind). */
export function sheetStateOf(workbook: MemoryWorkbook, name: string): SheetState {
  const { ownRows: _own, ...state } = workbook.sheet(name);
  return state;
}

/** A memory workbook rebuilt from sheet states, in the given order. */
export async function workbookFromStates(order: readonly string[], states: ReadonlyMap<string, SheetState>): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  for (const name of order) {
    const state = states.get(name);
    if (!state) continue;
    await workbook.addSheet(name);
    // Rows arrive as plain arrays owned by nobody else: nothing to copy before a write.
    Object.assign(workbook.sheet(name), state, { ownRows: state.values.map(() => true) });
  }
  return workbook;
}
