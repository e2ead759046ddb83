import type { CommandApi, CommandProgress } from '../../shared/commands/commandApi';

/** The part of google.script.run the sidebar uses (typed by @types/google-apps-script's client declarations where present). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  dossierCommand(id: string, name: string, args: unknown[]): void;
  dossierResult(id: string): void;
  dossierProgress(id: string): void;
  dossierCancel(id: string): void;
}

const METHODS: ReadonlyArray<keyof CommandApi> = [
  'status', 'applyTemplate', 'check', 'previewFix', 'applyFix', 'findDuplicates', 'merge', 'markNotDuplicates', 'stale', 'markContacted',
  'report', 'applySegments', 'importRows', 'undo', 'listSnapshots', 'restoreSnapshot', 'erase', 'getSettings', 'saveSettings', 'selectCell',
  // The optional ones the server's core has (their presence turns on Undo of "Not duplicates", the mapping screen, the template editor).
  'forgetNotDuplicates', 'columnMapping', 'applyColumnMapping', 'getTemplate', 'saveTemplate', 'applyFixExcept',
  // Sheets has triggers: the sidebar offers them (Settings shows its section because these exist).
  'automationStatus', 'installAutomation', 'removeAutomation', 'saveAutomationSettings',
];

/** What server.ts's dossierCommand returns for a command stopped by Cancel. */
const CANCELLED_MARK = 'dossierCancelled';
/**
 * How often the bar asks the server how far the command is: each ask is an
 * execution of its own, beside the running one (30 at once per user at most:
 * developers.google.com/apps-script/guides/services/quotas); one a second, and
 * never two at a time, stays far below.
 */
const POLL_MS = 1000;

/** The error a command stopped by Cancel rejects with; the pane shows nothing for it. */
function cancelledError(): Error {
  const error = new Error('cancelled');
  error.name = 'CancelledError';
  return error;
}

/**
 * CommandApi in the sidebar: each call is `google.script.run.dossierCommand`
 * wrapped in a Promise. If the runtime hands back an async function's value
 * as an empty object rather than the value, the parked outcome is fetched
 * with `dossierResult` (polled, since the server parks it when it settles).
 * While a command runs, its progress is polled (`dossierProgress`) for the
 * bar; `cancel` leaves the server a flag (`dossierCancel`) and resolves once
 * the command has ended: stopped with the sheet as it was, or finished.
 */
export function sidebarCommands(run: () => ScriptRun, wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): CommandApi {
  let counter = 0;
  const running = new Map<string, Promise<unknown>>();
  const listeners = new Set<(progress: CommandProgress) => void>();
  let polling = false;

  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      // Asked first after a wait: a command done within it (most are) costs no execution for its bar.
      while (running.size > 0 && listeners.size > 0) {
        await wait(POLL_MS);
        const id = [...running.keys()].pop();
        if (id === undefined) break;
        const progress = await new Promise<unknown>((resolve) => run().withSuccessHandler(resolve).withFailureHandler(() => resolve(null)).dossierProgress(id));
        if (progress && running.has(id)) for (const listener of listeners) listener(progress as CommandProgress);
      }
    } finally {
      polling = false;
    }
  };

  const call = (name: string, args: unknown[]) => {
    const id = `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const settled = (value: unknown) => (isCancelledMark(value) ? Promise.reject(cancelledError()) : Promise.resolve(value));
    const promise = new Promise<unknown>((resolve, reject) => {
      run()
        .withSuccessHandler((value) => {
          if (!isBareObject(value)) return void settled(value).then(resolve, reject);
          void fetchParked(id).then((outcome) => (outcome.ok ? resolve(outcome.value) : reject(outcome.cancelled ? cancelledError() : new Error(outcome.message))), reject);
        })
        .withFailureHandler((error) => reject(new Error(error.message)))
        .dossierCommand(id, name, args);
    });
    running.set(id, promise);
    const done = () => void running.delete(id);
    promise.then(done, done);
    void poll();
    return promise;
  };
  const fetchParked = async (id: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string; cancelled?: boolean }> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const parked = await new Promise<unknown>((resolve, reject) => run().withSuccessHandler(resolve).withFailureHandler(reject).dossierResult(id));
      if (parked) return parked as { ok: true; value: unknown };
      await wait(500);
    }
    return { ok: false, message: 'Dossier did not answer in time; reload the sidebar and try again.' };
  };
  const api = {} as Record<string, unknown>;
  for (const method of METHODS) api[method] = (...args: unknown[]) => call(method, args);
  api.onProgress = (listener: (progress: CommandProgress) => void) => {
    listeners.add(listener);
    void poll();
    return () => void listeners.delete(listener);
  };
  api.cancel = async () => {
    const waiting = [...running.entries()];
    for (const [id] of waiting) run().withSuccessHandler(() => undefined).withFailureHandler(() => undefined).dossierCancel(id);
    await Promise.allSettled(waiting.map(([, promise]) => promise));
  };
  return api as unknown as CommandApi;
}

/** `{}`: what a Promise looks like after serialization (real results are never an empty plain object). */
function isBareObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function isCancelledMark(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[CANCELLED_MARK] === true;
}
