/// <reference lib="webworker" />
import type { CommandApi } from '../../shared/commands/commandApi';
import { createCoreCommands } from '../../shared/commands/createCoreCommands';
import { isDossierError } from '../../shared/core/errors';
import type { Lang } from '../../shared/core/i18n/lang';
import { readWorkbookFile } from '../../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../../shared/files/writeWorkbookFile';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import type { ComputeReply, ComputeRequest, SheetState, StagedChange, VaultRestore } from './protocol';
import { partSize, takeLongArrays } from './chunkedValue';
import { holdLists, type HeldLists } from './heldLists';
import { sheetStateOf, workbookFromStates } from './sheetState';
import { trackingPort } from './trackingPort';

/**
 * The preview's compute worker: runs the core on its copy of the workbook,
 * away from the page, one request at a time. After a request that wrote, the
 * written sheets go to the vault as a staged change, which the page accepts
 * only if it was not cancelled in the meantime.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** How many passes over the rows each command makes (status checks, finds stale rows and duplicates). */
const PASSES: Record<string, number> = { status: 3, importRows: 2, merge: 2 };

let workbook = new MemoryWorkbook();
let vault: MessagePort | null = null;
let lang: Lang = 'en';
let today = '';
let currentId = 0;
let replaced = false;
/** The last fix plan shown: the page sends back which of its changes to apply by position, not 170,000 objects. */
let lastFixPlan: unknown[] = [];
const post = (message: ComputeReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const tracker = trackingPort(() => workbook, (progress) => post({ type: 'progress', id: currentId, progress }));
let commands: CommandApi = makeCommands();
/** Long lists of results kept here, the page fetching the part it shows. */
const held: HeldLists = holdLists();

function makeCommands(): CommandApi {
  return createCoreCommands(tracker.port, {
    today: () => today,
    now: () => new Date().toISOString(),
    get lang() {
      return lang;
    },
    onRows: (done, total) => tracker.rows(done, total),
    readFile: async (name, bytes) => {
      const file = await readWorkbookFile(bytes, name);
      return file.readSheet(file.sheetNames()[0]!);
    },
  });
}

function stage(id: number): boolean {
  if (!replaced && tracker.written.size === 0) return false;
  const sheets: SheetState[] = [...(replaced ? workbook.sheetNames() : tracker.written)].filter((n) => workbook.hasSheet(n)).map((n) => sheetStateOf(workbook, n));
  const change: StagedChange = { id, order: workbook.sheetNames(), sheets, replace: replaced };
  vault!.postMessage({ type: 'stage', change });
  return true;
}

function failure(id: number, error: unknown): ComputeReply {
  if (isDossierError(error)) return { type: 'failure', id, message: error.messageIn(lang), detail: error.code };
  const e = error as { message?: string; detail?: string; name?: string };
  if (e && typeof e.message === 'string' && 'detail' in e) return { type: 'failure', id, message: e.message, detail: e.detail, name: e.name };
  return { type: 'failure', id, message: lang === 'zh' ? '操作未完成，表格未被修改。详情可复制给技术支持。' : 'The action did not finish and the sheet was not changed. The detail can be copied for support.', detail: String(e?.message ?? error) };
}

async function handle(request: ComputeRequest): Promise<void> {
  if (request.type === 'connect' || request.type === 'window') return;
  currentId = request.id;
  replaced = false;
  tracker.reset(request.type === 'call' ? (PASSES[request.method] ?? 1) : 1);
  try {
    if (request.type === 'call') {
      const method = (commands as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[request.method];
      if (!method && request.method !== 'previewFixPages') throw new Error(`No command ${request.method}`);
      const args = request.method === 'applyFix' && request.args[0] instanceof Int32Array ? [Array.from(request.args[0], (i) => lastFixPlan[i]!)] : request.args;
      const value = request.method === 'previewFixPages' ? await commands.previewFix() : await method!(...args);
      if (request.method === 'previewFix' || request.method === 'previewFixPages') lastFixPlan = value as unknown[];
      postResult(request.id, held.keep(request.method, value), stage(request.id));
    } else if (request.type === 'open') {
      try {
        // The reader's own progress (.xlsx sheet XML, .csv text), passed on when it has moved a percent: seconds on 100,000 rows.
        let told = 0;
        const onProgress = (fraction: number) => {
          if (fraction - told < 0.01) return;
          told = fraction;
          post({ type: 'progress', id: request.id, progress: { phase: 'read', rows: 0, fraction: Math.min(0.99, fraction) } });
        };
        workbook = await readWorkbookFile(new Uint8Array(request.bytes), request.name, { onProgress });
      } catch (error) {
        if (isDossierError(error)) throw error;
        // exceljs and the zip reader throw their own words on a damaged file; the user gets a sentence.
        throw Object.assign(new Error(lang === 'zh' ? `无法读取"${request.name}"：文件可能已损坏，或并非真正的 .xlsx/.csv 文件。表格未被修改。` : `"${request.name}" could not be read: the file may be damaged or not really an .xlsx or .csv file. Nothing was changed.`), { detail: String((error as Error)?.message ?? error) });
      }
      commands = makeCommands();
      replaced = true;
      post({ type: 'result', id: request.id, value: workbook.sheetNames(), staged: stage(request.id) });
    } else if (request.type === 'edit') {
      await tracker.port.writeValues(request.sheet, request.row, request.col, [[request.text === '' ? null : request.text]]);
      post({ type: 'result', id: request.id, value: null, staged: stage(request.id) });
    } else {
      const bytes = await writeWorkbookFile(workbook, 'xlsx');
      post({ type: 'result', id: request.id, value: bytes, staged: false }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (error) {
    post(failure(request.id, error));
  }
}

/** A result with its long arrays sent ahead in parts (see chunkedValue.ts). */
function postResult(id: number, result: unknown, staged: boolean): void {
  const { value, long } = takeLongArrays(result);
  let index = 0;
  const shape = long.map(({ path, items }) => {
    let parts = 0;
    const size = partSize(items);
    for (let i = 0; i < items.length; i += size, parts++) post({ type: 'part', id, index: index++, items: items.slice(i, i + size) });
    return { path, parts };
  });
  post({ type: 'result', id, value, staged, long: shape });
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<ComputeRequest>) => {
  const request = event.data;
  if (request.type === 'connect') {
    vault = request.vault;
    lang = request.lang;
    today = request.today;
    // The vault answers with the accepted workbook; requests wait until it is in.
    let restored!: () => void;
    const ready = new Promise<void>((done) => (restored = done));
    queue = queue.then(() => ready);
    vault.onmessage = (e: MessageEvent<VaultRestore>) => {
      void workbookFromStates(e.data.order, new Map(e.data.sheets.map((s) => [s.name, s]))).then((wb) => {
        workbook = wb;
        commands = makeCommands();
        restored();
        post({ type: 'ready' });
      });
    };
    return;
  }
  // A window of a kept list is answered at once, not queued behind a running command.
  if (request.type === 'window') {
    try {
      post({ type: 'result', id: request.id, value: held.window(request.list, request.query, request.from, request.count), staged: false });
    } catch (error) {
      post(failure(request.id, error));
    }
    return;
  }
  queue = queue.then(() => handle(request));
};
