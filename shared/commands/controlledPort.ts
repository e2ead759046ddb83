import type { CellValue } from '../core/cell';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { RunControl } from './runControl';

/** Port calls that read; every other call named here writes. */
const READS = new Set(['listSheets', 'readSheet', 'readRows', 'currentUser']);
const WRITES = new Set([
  'writeValues', 'insertRows', 'insertRowsAt', 'deleteRows', 'replaceValues', 'addSheet', 'deleteSheet', 'formatColumns', 'markCells', 'markRows', 'freezeRows',
  'writeTable', 'addChart', 'printSetup', 'writeFormats', 'protect', 'highlightStaleRows',
]);

/** Writes a span's putting back (values and number formats, sheets it made removed) would not undo, on a sheet that was there before. */
const LASTING = new Set(['formatColumns', 'markCells', 'markRows', 'freezeRows', 'protect', 'highlightStaleRows', 'insertRows', 'insertRowsAt', 'deleteRows', 'deleteSheet']);

/** Rows a write call is about, for the bar (its block's height, or its marks). */
function rowsOf(method: string, args: readonly unknown[]): number {
  const block = method === 'replaceValues' || method === 'markCells' ? args[1] : method === 'writeValues' || method === 'writeFormats' ? args[3] : null;
  return Array.isArray(block) ? block.length : 0;
}

/**
 * A port seen through a RunControl: each call is a checkpoint (Cancel may
 * stop the command there, see RunControl), reads and writes report rows
 * done of rows (a port that can tell more, as Excel's between its
 * requests, reports within the call too), and `restorable` lets
 * recordedChange mark the span whose writes it puts back. Members that
 * are neither reads nor writes pass through untouched.
 */
export function controlledPort<P extends WorkbookPort>(port: P, control: RunControl): P {
  const rowsOfSheet = new Map<string, number>();
  return new Proxy(port, {
    get(target, name, receiver) {
      if (name === 'restorable') return <T,>(work: (kept: () => void) => Promise<T>) => control.restorable(work);
      const member = Reflect.get(target, name, receiver) as unknown;
      if (typeof member !== 'function' || typeof name !== 'string' || (!READS.has(name) && !WRITES.has(name))) return typeof member === 'function' ? member.bind(target) : member;
      const call = member as (...args: unknown[]) => Promise<unknown>;
      if (READS.has(name)) {
        return async (...args: unknown[]) => {
          control.checkpoint();
          const total = name === 'readSheet' ? (rowsOfSheet.get(String(args[0])) ?? 0) : 0;
          if (name === 'readSheet') control.step('read', 0, total);
          const result = await call.apply(target, args);
          if (name === 'listSheets') for (const s of result as Array<{ name: string; rowCount: number }>) rowsOfSheet.set(s.name, s.rowCount);
          if (name === 'readSheet') {
            const rows = (result as { values: readonly (readonly CellValue[])[] }).values.length;
            control.step('read', rows, rows);
            // A pass over the data is read: the work on it follows.
            if (rows >= 100) control.step('work', rows, rows);
          }
          return result;
        };
      }
      return async (...args: unknown[]) => {
        control.checkpoint();
        const rows = rowsOf(name, args);
        control.step('write', 0, rows);
        const result = await call.apply(target, args);
        const sheet = String(args[0]);
        // A sheet this command made: whatever is done to it goes with it when a span removes it.
        if (name === 'addSheet') control.made.add(sheet);
        control.wrote(control.made.has(sheet) || !LASTING.has(name));
        control.step('write', rows, rows);
        return result;
      };
    },
  });
}
