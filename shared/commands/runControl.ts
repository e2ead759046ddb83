import type { CommandProgress } from './commandApi';
import { cancelledError } from './cancelledError';

/** Where each phase sits on the bar: reading first, then the work, then the writes. */
const BANDS = { read: [0, 0.4], work: [0.45, 0.45], write: [0.5, 0.99] } as const;

/**
 * Progress and Cancel for a host whose command runs in steps it can watch
 * (the Excel pane between Office.js requests, the Sheets server between
 * service calls). Ports report rows done of rows per phase; `checkpoint`
 * is where a command may stop. It stops only where the workbook stays as
 * it was:
 * - before its first write (nothing to put back), as often as asked;
 * - inside a restorable span (recordedChange, which puts every touched
 *   sheet's values and number formats back on a failure) until its changes
 *   are kept, once: the span's own putting back then runs undisturbed;
 * - never after a write that nothing would put back has finished (outside
 *   such a span, or one the span cannot undo: column formats, frozen rows,
 *   protection, marks), nor after a span's changes are kept: the command is
 *   then past the point of return and runs to its end, and the pane says
 *   so (`committed`).
 */
export interface RunControl {
  /** A command starts (commands may overlap: the state is reset when none was running). */
  begin(): void;
  end(): void;
  /** Cancel asked for; `cancelRequested` (the Sheets server's flag) is also asked at each checkpoint. */
  requestCancel(): void;
  checkpoint(): void;
  /** Rows done of rows in a phase of the current step. */
  step(phase: CommandProgress['phase'], done: number, total: number): void;
  /** A write call has finished; `undoable` when a span's putting back would undo it. */
  wrote(undoable: boolean): void;
  restorable<T>(work: (kept: () => void) => Promise<T>): Promise<T>;
  onProgress(listener: (progress: CommandProgress) => void): () => void;
  /** Resolves when no command is running. */
  idle(): Promise<void>;
  /** Sheets the running command added. */
  readonly made: Set<string>;
}

export function createRunControl(options: { cancelRequested?: () => boolean } = {}): RunControl {
  const listeners = new Set<(progress: CommandProgress) => void>();
  let running = 0;
  let requested = false;
  let committed = false;
  let spans = 0;
  let unwinding = false;
  let fraction = 0;
  let last: CommandProgress | null = null;
  let waiting: Array<() => void> = [];
  const made = new Set<string>();

  const tell = (progress: CommandProgress) => {
    last = progress;
    for (const listener of listeners) listener(progress);
  };
  const commit = () => {
    if (running === 0 || committed) return;
    committed = true;
    if (last) tell({ ...last, committed: true });
  };
  const isRequested = () => requested || (options.cancelRequested?.() ?? false);

  return {
    made,
    begin() {
      if (running++ > 0) return;
      requested = committed = unwinding = false;
      spans = 0;
      fraction = 0;
      made.clear();
      tell({ phase: 'read', rows: 0, fraction: 0 });
    },
    end() {
      running = Math.max(0, running - 1);
      if (running > 0) return;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    },
    requestCancel() {
      if (running > 0) requested = true;
    },
    checkpoint() {
      if (running === 0 || committed || unwinding || !isRequested()) return;
      if (spans > 0) unwinding = true;
      requested = true;
      throw cancelledError();
    },
    step(phase, done, total) {
      if (running === 0) return;
      const [low, high] = BANDS[phase];
      const within = total > 0 ? Math.min(1, done / total) : 0;
      fraction = Math.max(fraction, low + (high - low) * within);
      tell({ phase, rows: total, done: Math.min(done, total), fraction, ...(committed ? { committed } : {}) });
    },
    wrote(undoable) {
      if (spans > 0 && undoable) return;
      commit();
    },
    async restorable(work) {
      spans++;
      try {
        return await work(commit);
      } finally {
        spans--;
        if (spans === 0) unwinding = false;
      }
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle() {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
