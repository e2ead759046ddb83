import { findDuplicates, type DuplicateCluster, type PossiblePair } from '../dedupe/findDuplicates';
import type { Normalized } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import type { WorkbookPort } from '../port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../state/workbookState';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import { findCustomerSheet } from '../table/findCustomerSheet';
import { readCustomerTable } from '../table/readCustomerTable';
import type { CellValue } from '../cell';
import { normalizeContextFor, type CheckOptions } from './check';

export interface DedupeOptions extends CheckOptions {
  readonly threshold?: number;
  /** Lowest score of the review tier ("possible" pairs); findDuplicates' default when undefined. */
  readonly possible?: number;
}

export interface DedupeReport {
  readonly sheet: string;
  readonly rows: number;
  readonly clusters: DuplicateCluster[];
  /** Pairs for review only, strongest first; never merged on their own. */
  readonly possible: PossiblePair[];
  readonly comparisons: number;
  readonly table: CustomerTable;
  /** The grid as read, for a merge to write from and to check against. */
  readonly values: readonly (readonly CellValue[])[];
}

const NOT_DUPLICATES = 'notDuplicates';
/**
 * The rows of every merge made with a snapshot (so one that can be undone),
 * as lists of row keys. While a merge stands its merged-away rows are gone,
 * so this proposes nothing; once it is undone they are back, and a person
 * has said they are not to be merged: their pairs are never proposed again.
 */
const MERGED_GROUPS = 'mergedGroups';

/** Finds duplicate customers in the workbook's customer sheet, never proposing a pair a person rejected or a merge that was undone. */
export async function findWorkbookDuplicates(port: WorkbookPort, options: DedupeOptions): Promise<DedupeReport> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const rejected = await rejectedPairs(port);
  // Row keys are worked out only when there are decisions to honour: most files have none.
  const keys = rejected.size === 0 ? [] : table.rows.map(rowKey);
  const { clusters, possible, comparisons } = findDuplicates(table, {
    threshold: options.threshold,
    possible: options.possible,
    rejected: rejected.size === 0 ? undefined : (i, j) => rejected.has(pairKey(keys[i]!, keys[j]!)),
    onProgress: options.onProgress,
  });
  return { sheet: sheet.name, rows: table.rows.length, clusters, possible, comparisons, table, values: sheet.values };
}

/**
 * Remembers "not duplicates" in the file itself (workbook state), by
 * customer id where there is one, so the decision survives sorting,
 * inserted rows and other sessions. Every pair among `rows` is remembered.
 */
export async function rememberNotDuplicates(port: WorkbookPort, table: CustomerTable, rows: readonly number[]): Promise<void> {
  const byNumber = new Map(table.rows.map((r) => [r.rowNumber, r]));
  const keys = rows.map((n) => byNumber.get(n)).filter((r): r is CustomerRow => r !== undefined).map(rowKey);
  const state = await readWorkbookState(port);
  const pairs = new Set(Array.isArray(state[NOT_DUPLICATES]) ? (state[NOT_DUPLICATES] as string[]) : []);
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.add(pairKey(keys[i]!, keys[j]!));
  await writeWorkbookState(port, NOT_DUPLICATES, [...pairs]);
}

/**
 * Remembers the rows of merges that can be undone (see MERGED_GROUPS),
 * `groups` as sheet row numbers of the table the merge read. Outside the
 * merge's snapshot, so undoing the merge keeps the record.
 */
export async function rememberMerges(port: WorkbookPort, table: CustomerTable, groups: readonly (readonly number[])[]): Promise<void> {
  if (groups.length === 0) return;
  const byNumber = new Map(table.rows.map((r) => [r.rowNumber, r]));
  const state = await readWorkbookState(port);
  const stored = Array.isArray(state[MERGED_GROUPS]) ? (state[MERGED_GROUPS] as unknown[]).filter(isKeyList) : [];
  for (const rows of groups) stored.push(rows.map((n) => byNumber.get(n)).filter((r): r is CustomerRow => r !== undefined).map(rowKey));
  await writeWorkbookState(port, MERGED_GROUPS, stored);
}

async function rejectedPairs(port: WorkbookPort): Promise<Set<string>> {
  const state = await readWorkbookState(port);
  const stored = state[NOT_DUPLICATES];
  const pairs = new Set(Array.isArray(stored) ? (stored as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const merged = state[MERGED_GROUPS];
  if (Array.isArray(merged)) {
    for (const keys of merged.filter(isKeyList)) for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.add(pairKey(keys[i]!, keys[j]!));
  }
  return pairs;
}

/** A stored list of row keys (the state sheet can be edited by hand: anything else is ignored). */
function isKeyList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((k) => typeof k === 'string');
}

/** A row's identity for remembered decisions: its customer id, else its name and contacts. */
function rowKey(row: CustomerRow): string {
  const text = (result: Normalized | undefined) => String(standardOf(result) ?? '');
  const id = text(row.values.id);
  return id !== '' ? `id:${id}` : `row:${text(row.values.name)}|${text(row.values.phone)}|${text(row.values.email)}`;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}
