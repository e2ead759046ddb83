import { findDuplicates, type DuplicateCluster } from '../dedupe/findDuplicates';
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
}

export interface DedupeReport {
  readonly sheet: string;
  readonly rows: number;
  readonly clusters: DuplicateCluster[];
  readonly comparisons: number;
  readonly table: CustomerTable;
  /** The grid as read, for a merge to write from and to check against. */
  readonly values: readonly (readonly CellValue[])[];
}

const NOT_DUPLICATES = 'notDuplicates';

/** Finds duplicate customers in the workbook's customer sheet, never proposing a pair a person rejected. */
export async function findWorkbookDuplicates(port: WorkbookPort, options: DedupeOptions): Promise<DedupeReport> {
  const sheet = await findCustomerSheet(port, options.template, options.sheet);
  const table = readCustomerTable(options.template, sheet, normalizeContextFor(options));
  const rejected = await rejectedPairs(port);
  const keys = table.rows.map(rowKey);
  const { clusters, comparisons } = findDuplicates(table, {
    threshold: options.threshold,
    rejected: rejected.size === 0 ? undefined : (i, j) => rejected.has(pairKey(keys[i]!, keys[j]!)),
  });
  return { sheet: sheet.name, rows: table.rows.length, clusters, comparisons, table, values: sheet.values };
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

async function rejectedPairs(port: WorkbookPort): Promise<Set<string>> {
  const stored = (await readWorkbookState(port))[NOT_DUPLICATES];
  return new Set(Array.isArray(stored) ? (stored as string[]) : []);
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
