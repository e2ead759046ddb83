/**
 * Office.context.document.settings as Office documents them, for the parts
 * Dossier touches (get, set, remove, saveAsync):
 * - each add-in instance (the pane, the ribbon's function file, a
 *   co-author's pane) works on its own in-memory copy, taken when it opened;
 *   `saveAsync` writes that whole copy into the document, so the last save
 *   wins over anything another instance saved meanwhile
 *   (Settings.saveAsync: "Persists the in-memory copy of the settings property bag in the document",
 *   learn.microsoft.com/javascript/api/office/office.settings);
 * - at most 2 MB of settings per add-in (Settings.set: "A maximum of 2MB is
 *   available for the settings of each add-in"): a larger save fails;
 * - a save can fail for other reasons too (`failNextSave`), and says so only
 *   through its AsyncResult.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

type SaveCallback = (result: { status: 'succeeded' | 'failed'; error?: { code: number; name: string; message: string } }) => void;

export class FakeDocumentSettings {
  /** What the document holds (JSON text, as the file stores it). */
  private stored = '{}';
  private failures = 0;
  saves = 0;

  /** The next `count` saves fail, whatever their size. */
  failNextSave(count = 1): void {
    this.failures += count;
  }

  persisted(): Record<string, unknown> {
    return JSON.parse(this.stored) as Record<string, unknown>;
  }

  /** An add-in instance opening: it gets its own copy of what is saved now. */
  open(): FakeSettingsInstance {
    return new FakeSettingsInstance(this, this.persisted());
  }

  /** Used by an instance's saveAsync. */
  commit(bag: Record<string, unknown>): { ok: true } | { ok: false; message: string } {
    this.saves++;
    if (this.failures > 0) {
      this.failures--;
      return { ok: false, message: 'The settings could not be saved.' };
    }
    const text = JSON.stringify(bag);
    if (new TextEncoder().encode(text).length > SETTINGS_LIMIT_BYTES) return { ok: false, message: 'The settings exceed the 2 MB limit.' };
    this.stored = text;
    return { ok: true };
  }
}

export class FakeSettingsInstance {
  constructor(private readonly document: FakeDocumentSettings, private bag: Record<string, unknown>) {}

  get(name: string): unknown {
    return name in this.bag ? structuredClone(this.bag[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.bag[name] = structuredClone(value);
  }

  remove(name: string): void {
    delete this.bag[name];
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: SaveCallback): void {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as SaveCallback | undefined;
    const result = this.document.commit(this.bag);
    // Office calls back asynchronously.
    setTimeout(() => callback?.(result.ok ? { status: 'succeeded' } : { status: 'failed', error: { code: 5001, name: 'Internal Error', message: result.message } }));
  }
}
