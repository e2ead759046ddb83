import type { CommandProgress } from '../../shared/commands/commandApi';
import type { Lang } from '../../shared/core/i18n/lang';
import type { CellMark } from '../../shared/core/port/workbookPort';
import type { MemorySheet } from '../../shared/memory/memoryWorkbook';

/**
 * Messages between the preview page and its two workers. The compute worker
 * holds a working copy of the workbook and runs the core on it; the vault
 * worker holds the last accepted copy, serves the grid's rows and hands a
 * fresh compute worker that copy after a Cancel. The page decides what is
 * accepted: a command's changes count only once its result reached the page
 * before the user cancelled it.
 */
export type SheetState = Omit<MemorySheet, 'ownRows'>;

/** A workbook's changes after one command: the sheet order, and every sheet written (whole). */
export interface StagedChange {
  readonly id: number;
  readonly order: string[];
  readonly sheets: SheetState[];
  /** The workbook was replaced (a file was opened). */
  readonly replace: boolean;
}

export type ComputeRequest =
  | { type: 'connect'; vault: MessagePort; lang: Lang; today: string }
  | { type: 'call'; id: number; method: string; args: unknown[] }
  | { type: 'open'; id: number; name: string; bytes: ArrayBuffer }
  | { type: 'edit'; id: number; sheet: string; row: number; col: number; text: string }
  | { type: 'download'; id: number }
  /** Part of a long list the worker kept from a result (see heldLists.ts). */
  | { type: 'window'; id: number; list: number; query: unknown; from: number; count: number };

export type ComputeReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: CommandProgress }
  | { type: 'part'; id: number; index: number; items: unknown[] }
  | { type: 'result'; id: number; value: unknown; staged: boolean; long?: Array<{ path: Array<string | number>; parts: number }> }
  | { type: 'failure'; id: number; message: string; detail?: string; name?: string };

export type VaultRequest =
  | { type: 'connect'; compute: MessagePort; cancelled: number | null }
  | { type: 'accept'; id: number }
  | { type: 'sheets'; id: number }
  | { type: 'rows'; id: number; sheet: string; from: number; count: number };

export interface SheetListing {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: number;
  readonly columns: number;
}

export interface RowWindow {
  readonly sheet: string;
  readonly from: number;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  readonly marks: CellMark[];
}

export type VaultReply =
  | { type: 'committed'; version: number }
  | { type: 'sheets'; id: number; sheets: SheetListing[]; version: number }
  | { type: 'rows'; id: number; window: RowWindow; version: number };

/** From the vault to a compute worker: the accepted workbook to start from. */
export interface VaultRestore {
  readonly type: 'restore';
  readonly order: string[];
  readonly sheets: SheetState[];
}
