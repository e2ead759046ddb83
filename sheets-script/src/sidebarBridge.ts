import type { CommandApi } from '../../shared/commands/commandApi';

/** The part of google.script.run the sidebar uses (typed by @types/google-apps-script's client declarations where present). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  dossierCommand(id: string, name: string, args: unknown[]): void;
  dossierResult(id: string): void;
}

const METHODS: ReadonlyArray<keyof CommandApi> = [
  'status', 'applyTemplate', 'check', 'previewFix', 'applyFix', 'findDuplicates', 'merge', 'markNotDuplicates', 'stale', 'markContacted',
  'report', 'applySegments', 'importRows', 'undo', 'listSnapshots', 'restoreSnapshot', 'erase', 'getSettings', 'saveSettings', 'selectCell',
  // The optional ones the server's core has (their presence turns on Undo of "Not duplicates", the mapping screen, the template editor).
  'forgetNotDuplicates', 'columnMapping', 'applyColumnMapping', 'getTemplate', 'saveTemplate',
  // Sheets has triggers: the sidebar offers them (Settings shows its section because these exist).
  'automationStatus', 'installAutomation', 'removeAutomation', 'saveAutomationSettings',
];

/**
 * CommandApi in the sidebar: each call is `google.script.run.dossierCommand`
 * wrapped in a Promise. If the runtime hands back an async function's value
 * as an empty object rather than the value, the parked outcome is fetched
 * with `dossierResult` (polled, since the server parks it when it settles).
 */
export function sidebarCommands(run: () => ScriptRun, wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): CommandApi {
  let counter = 0;
  const call = (name: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      run()
        .withSuccessHandler((value) => {
          if (!isBareObject(value)) return resolve(value);
          void fetchParked(id).then((outcome) => (outcome.ok ? resolve(outcome.value) : reject(new Error(outcome.message))), reject);
        })
        .withFailureHandler((error) => reject(new Error(error.message)))
        .dossierCommand(id, name, args);
    });
  const fetchParked = async (id: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const parked = await new Promise<unknown>((resolve, reject) => run().withSuccessHandler(resolve).withFailureHandler(reject).dossierResult(id));
      if (parked) return parked as { ok: true; value: unknown };
      await wait(500);
    }
    return { ok: false, message: 'Dossier did not answer in time; reload the sidebar and try again.' };
  };
  const api = {} as Record<string, unknown>;
  for (const method of METHODS) api[method] = (...args: unknown[]) => call(method, args);
  return api as unknown as CommandApi;
}

/** `{}`: what a Promise looks like after serialization (real results are never an empty plain object). */
function isBareObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
