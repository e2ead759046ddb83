import type { CommandProgress } from '../../shared/commands/commandApi';
import type { WorkbookPort } from '../../shared/core/port/workbookPort';
import type { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const WRITES = new Set(['writeValues', 'insertRows', 'insertRowsAt', 'deleteRows', 'replaceValues', 'addSheet', 'deleteSheet', 'formatColumns', 'markCells', 'freezeRows', 'writeTable', 'addChart', 'writeFormats', 'protect']);
/** A read of at least this many rows starts a pass over the customer data (state and snapshot sheets are smaller or read whole once). */
const PASS_ROWS = 100;

export interface Tracker {
  readonly port: WorkbookPort;
  /** Sheets written since `reset`. */
  readonly written: Set<string>;
  /** Starts a command expected to make `passes` passes over the data. */
  reset(passes: number): void;
  /** The core's own count within the current pass: rows done of rows. */
  rows(done: number, total: number): void;
}

/**
 * The memory workbook seen through the core's port, noting which sheets a
 * command writes (only those travel to the vault) and reporting progress by
 * phase from the port calls: reading, working on N rows, writing; within
 * the work, rows done of rows where the core tells them (the check's loop).
 */
export function trackingPort(workbook: () => MemoryWorkbook, report: (progress: CommandProgress) => void): Tracker {
  const written = new Set<string>();
  let passes = 1;
  let done = 0;
  let fraction = 0;
  let rows = 0;
  const tell = (phase: CommandProgress['phase'], within: number, rowsDone?: number) => {
    fraction = Math.max(fraction, Math.min(0.99, (done + within) / passes));
    report({ phase, rows, fraction, ...(rowsDone === undefined ? {} : { done: rowsDone }) });
  };
  const port = new Proxy({} as WorkbookPort, {
    get(_, method: string) {
      const target = workbook() as unknown as Record<string, unknown>;
      const member = target[method];
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        if (WRITES.has(method)) {
          written.add(String(args[0]));
          tell('write', 0.9);
        }
        const result = await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (method === 'readSheet') {
          const read = (result as { values: unknown[] }).values.length;
          if (read >= PASS_ROWS) {
            if (fraction > 0) done = Math.min(passes - 1, done + 1);
            rows = read;
            tell('work', 0.1);
          }
        }
        if (method === 'deleteSheet' || method === 'addSheet') written.add(String(args[0]));
        return result;
      };
    },
  });
  return {
    port,
    written,
    rows(doneRows, total) {
      rows = total;
      // Between the pass's read (0.1) and its writes (0.9).
      tell('work', 0.1 + 0.8 * (total > 0 ? doneRows / total : 1), doneRows);
    },
    reset(expected) {
      written.clear();
      passes = Math.max(1, expected);
      done = 0;
      fraction = 0;
      rows = 0;
      report({ phase: 'read', rows: 0, fraction: 0 });
    },
  };
}
