import type { CheckResult, CommandApi, CommandProgress, StaleResult } from '../shared/commands/commandApi';
import type { Lang } from '../shared/core/i18n/lang';
import type { FixChange } from '../shared/core/operations/fix';
import type { Finding } from '../shared/core/findings/finding';
import type { FixPlanPages } from '../shared/commands/pages/fixPlanPages';
import type { StaleLine } from '../shared/commands/pages/staleLines';
import { putLongArray } from './worker/chunkedValue';
import type { HeldCheck, HeldFixPlan, HeldStale } from './worker/heldLists';
import type { ComputeReply, ComputeRequest, RowWindow, SheetListing, VaultReply, VaultRequest } from './worker/protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Request =
  | { type: 'call'; method: string; args: unknown[] }
  | { type: 'open'; name: string; bytes: ArrayBuffer }
  | { type: 'edit'; sheet: string; row: number; col: number; text: string }
  | { type: 'download' }
  | { type: 'window'; list: number; query: unknown; from: number; count: number };

/** The error a cancelled command rejects with; the pane shows nothing for it. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * The page's side of the preview's two workers: a CommandApi whose every
 * command runs in the compute worker, progress from it, Cancel (the compute
 * worker is stopped at once and a new one starts from the vault's copy, so
 * the workbook is as it was), and the grid's rows from the vault.
 */
export class WorkerBackend {
  readonly api: CommandApi;
  private compute!: Worker;
  private readonly vault: Worker;
  private ready!: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Requests for a window of a kept list: not commands, so Cancel does not wait for or stop them. */
  private readonly windows = new Set<number>();
  private readonly parts = new Map<number, unknown[][]>();
  /** The fix plan last shown, to send Apply's choice as positions in it. */
  private lastFixPlan: unknown[] | null = null;
  private readonly vaultPending = new Map<number, (reply: VaultReply) => void>();
  private readonly progressListeners = new Set<(p: CommandProgress) => void>();
  private readonly commitListeners = new Set<() => void>();

  constructor(private readonly scripts: { compute: string; vault: string }, private readonly lang: Lang, private readonly today: string) {
    this.vault = new Worker(scripts.vault);
    this.vault.onmessage = (e: MessageEvent<VaultReply>) => {
      const reply = e.data;
      if (reply.type === 'committed') for (const l of this.commitListeners) l();
      else {
        this.vaultPending.get(reply.id)?.(reply);
        this.vaultPending.delete(reply.id);
      }
    };
    this.start(null);
    const methods = ['status', 'applyTemplate', 'check', 'previewFix', 'applyFix', 'applyFixExcept', 'findDuplicates', 'merge', 'markNotDuplicates', 'forgetNotDuplicates', 'columnMapping', 'applyColumnMapping', 'getTemplate', 'saveTemplate', 'stale', 'markContacted', 'report', 'applySegments', 'importRows', 'undo', 'listSnapshots', 'restoreSnapshot', 'erase', 'getSettings', 'saveSettings', 'selectCell'];
    const api = Object.fromEntries(methods.map((method) => [method, (...args: unknown[]) => this.request({ type: 'call', method, args })])) as unknown as CommandApi;
    api.previewFix = async () => {
      const plan = await this.request<Awaited<ReturnType<CommandApi['previewFix']>>>({ type: 'call', method: 'previewFix', args: [] });
      this.lastFixPlan = plan;
      return plan;
    };
    // The long lists stay in the worker: the pane gets their counts and fetches the lines it shows.
    api.check = async () => {
      const { pages, ...result } = await this.request<HeldCheck>({ type: 'call', method: 'check', args: [] });
      return { ...result, pages: { ...pages, window: (filter, from, count) => this.window<Finding>(pages.list, filter, from, count) } } satisfies CheckResult;
    };
    api.stale = async () => {
      const { pages, ...result } = await this.request<HeldStale>({ type: 'call', method: 'stale', args: [] });
      return { ...result, pages: { ...pages, window: (from, count) => this.window<StaleLine>(pages.list, null, from, count), entryRows: () => this.window<number>(pages.list, 'rows', 0, 0) } } satisfies StaleResult;
    };
    api.previewFixPages = async () => {
      const plan = await this.request<HeldFixPlan>({ type: 'call', method: 'previewFixPages', args: [] });
      this.lastFixPlan = null;
      return { ...plan, window: (off, from, count) => this.window<FixChange>(plan.list, off, from, count) } satisfies FixPlanPages;
    };
    api.applyFix = (changes) => {
      const positions = this.lastFixPlan && positionsIn(this.lastFixPlan, changes);
      return this.request({ type: 'call', method: 'applyFix', args: [positions ?? changes] });
    };
    this.api = {
      ...api,
      onProgress: (listener) => {
        this.progressListeners.add(listener);
        return () => this.progressListeners.delete(listener);
      },
      cancel: () => this.cancel(),
    };
  }

  private start(cancelled: number | null): void {
    this.compute = new Worker(this.scripts.compute);
    const channel = new MessageChannel();
    this.ready = new Promise((done) => {
      this.compute.onmessage = (e: MessageEvent<ComputeReply>) => {
        const reply = e.data;
        if (reply.type === 'ready') done();
        else if (reply.type === 'progress') for (const l of this.progressListeners) l(reply.progress);
        else if (reply.type === 'part') (this.parts.get(reply.id) ?? this.parts.set(reply.id, []).get(reply.id)!)[reply.index] = reply.items;
        else this.settle(reply);
      };
    });
    this.compute.postMessage({ type: 'connect', vault: channel.port1, lang: this.lang, today: this.today } satisfies ComputeRequest, [channel.port1]);
    this.vault.postMessage({ type: 'connect', compute: channel.port2, cancelled } satisfies VaultRequest, [channel.port2]);
  }

  private settle(reply: Extract<ComputeReply, { type: 'result' | 'failure' }>): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    this.windows.delete(reply.id);
    if (reply.type === 'result') {
      // Only now, with the result here and not cancelled, do the command's changes count.
      if (reply.staged) this.vault.postMessage({ type: 'accept', id: reply.id } satisfies VaultRequest);
      const parts = this.parts.get(reply.id) ?? [];
      this.parts.delete(reply.id);
      let value = reply.value;
      let next = 0;
      for (const { path, parts: count } of reply.long ?? []) {
        const items: unknown[] = [];
        for (let i = 0; i < count; i++) for (const item of parts[next++]!) items.push(item);
        value = putLongArray(value, path, items);
      }
      pending.resolve(value);
    } else pending.reject(Object.assign(new Error(reply.message), { detail: reply.detail, name: reply.name ?? 'Error' }));
  }

  private window<T>(list: number, query: unknown, from: number, count: number): Promise<T[]> {
    return this.request<T[]>({ type: 'window', list, query, from, count });
  }

  request<T>(request: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (request.type === 'window') this.windows.add(id);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      void this.ready.then(() => {
        if (!this.pending.has(id)) return;
        const transfer = request.type === 'open' ? [request.bytes] : request.type === 'call' && request.args[0] instanceof Int32Array ? [request.args[0].buffer] : [];
        this.compute.postMessage({ ...request, id } as ComputeRequest, transfer);
      });
    });
  }

  /** Stops whatever runs: the compute worker ends now, its unaccepted changes are dropped, and a new one starts from the vault's copy. */
  async cancel(): Promise<void> {
    if (![...this.pending.keys()].some((id) => !this.windows.has(id))) return;
    this.compute.terminate();
    const cancelled = [...this.pending.keys()].filter((id) => !this.windows.has(id));
    for (const pending of this.pending.values()) pending.reject(new CancelledError());
    this.pending.clear();
    this.windows.clear();
    this.parts.clear();
    // The new worker has no plan shown: Apply after a cancel sends the changes themselves.
    this.lastFixPlan = null;
    this.start(Math.max(...cancelled));
    await this.ready;
  }

  open(name: string, bytes: ArrayBuffer): Promise<string[]> {
    return this.request({ type: 'open', name, bytes });
  }

  edit(sheet: string, row: number, col: number, text: string): Promise<void> {
    return this.request({ type: 'edit', sheet, row, col, text });
  }

  download(): Promise<Uint8Array> {
    return this.request({ type: 'download' });
  }

  onCommitted(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private ask(request: VaultRequest & { id: number }): Promise<VaultReply> {
    return new Promise((resolve) => {
      this.vaultPending.set(request.id, resolve);
      this.vault.postMessage(request);
    });
  }

  async sheets(): Promise<SheetListing[]> {
    const reply = await this.ask({ type: 'sheets', id: this.nextId++ });
    return reply.type === 'sheets' ? reply.sheets : [];
  }

  async rows(sheet: string, from: number, count: number): Promise<RowWindow> {
    const reply = await this.ask({ type: 'rows', id: this.nextId++, sheet, from, count });
    return reply.type === 'rows' ? reply.window : { sheet, from, rows: [], marks: [] };
  }
}

/** Where each of `chosen` sits in `plan` (the same objects, in the same order), or null when one is not from it. */
function positionsIn(plan: readonly unknown[], chosen: readonly unknown[]): Int32Array | null {
  const positions = new Int32Array(chosen.length);
  let p = 0;
  for (let i = 0; i < chosen.length; i++) {
    while (p < plan.length && plan[p] !== chosen[i]) p++;
    if (p === plan.length) return null;
    positions[i] = p++;
  }
  return positions;
}
