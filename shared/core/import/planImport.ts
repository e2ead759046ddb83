import type { CellValue } from '../cell';
import { crossPairs } from '../dedupe/candidatePairs';
import { findDuplicates } from '../dedupe/findDuplicates';
import { matchProfileBuilder, matchProfiles, profileAtIndex, type MatchProfile } from '../dedupe/matchProfile';
import { MatchSpace } from '../dedupe/matchSpace';
import { scorePairAtLeast } from '../dedupe/scorePair';
import { valueFrequencies } from '../dedupe/valueFrequencies';
import type { Finding } from '../findings/finding';
import type { Lang } from '../i18n/lang';
import type { Normalized, NormalizeContext, StandardValue } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import { standardToText } from '../normalize/standardToText';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import { appendRowOf } from '../table/appendRowOf';
import { readCustomerTable } from '../table/readCustomerTable';
import { tableColumn, tableSubset } from '../table/tableColumn';
import type { Template, TemplateField } from '../template/templateSchema';
import { checkTable } from '../validate/checkTable';
import type { SourceMapping } from './mapSourceColumns';
import { sourceRowsToTemplate } from './sourceRowsToTemplate';

export interface ImportOptions {
  readonly lang: Lang;
  readonly context: NormalizeContext;
  /** Channel written to `source` on new rows (`--source Event`). */
  readonly source?: string;
  /** Score from which an incoming row updates an existing customer. */
  readonly threshold?: number;
  /** Score from which a match is uncertain and held for review. */
  readonly reviewThreshold?: number;
  readonly keepUnmapped?: boolean;
  /** Incoming rows checked of rows, now and then, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * What an import changes or reports, as `--format json` lists it: a cell
 * of an existing customer it updates, a conflict between the file's value
 * and the incoming one (settled by the newer row), and each new customer
 * once, with the values its row will hold (one entry a customer, not a
 * field: 37,000 new customers made 670,000 entries).
 */
export type ImportChange = CellChange | NewCustomer;

export interface CellChange {
  readonly kind: 'update' | 'conflict';
  /** Row of the customer file. */
  readonly row: number;
  /** The source file's row. */
  readonly sourceRow: number;
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

export interface NewCustomer {
  readonly kind: 'new';
  /** The row the new customer will take. */
  readonly row: number;
  /** The source file's first row of this customer (its others are in `newRows`). */
  readonly sourceRow: number;
  /** Standard values by field key, the channel included; blank fields are absent from the JSON. */
  readonly values: IncomingValues;
}

/** An incoming customer's standard values by field key; a field it leaves blank is undefined (present, so the record keeps one shape). */
export type IncomingValues = Record<string, StandardValue | undefined>;

export interface ImportPlan {
  /** Incoming customers (after merging the source's own duplicates) to append, as template-ordered standard values. */
  readonly newRows: Array<{ sourceRows: number[]; values: IncomingValues }>;
  readonly updates: Array<{ row: number; sourceRows: number[]; score: number; set: Record<string, StandardValue> }>;
  readonly review: Array<{ sourceRows: number[]; candidates: Array<{ row: number; score: number }>; values: IncomingValues }>;
  readonly rejected: Array<{ sourceRow: number; cells: CellValue[]; reasons: string[] }>;
  readonly changes: ImportChange[];
  readonly mergedWithinSource: number;
}

const DEFAULT_THRESHOLD = 0.8;
const DEFAULT_REVIEW = 0.4;

/**
 * Plans an upsert of a source sheet into the customer table. Every incoming
 * row is standardized and validated (rows with errors are rejected with
 * their reasons), the source's own duplicates are merged, then each incoming
 * customer is scored against the existing ones with the duplicate engine:
 * confident → update (blanks filled; a newer incoming row wins conflicts),
 * uncertain → review, none → a new row. Pure: nothing is written.
 */
export function planImport(existing: CustomerTable, mapping: SourceMapping, sourceRows: readonly (readonly CellValue[])[], options: ImportOptions): ImportPlan {
  const template = existing.template;
  const shaped = sourceRowsToTemplate(template, mapping, sourceRows, { keepUnmapped: options.keepUnmapped ?? false, lang: options.lang });
  const incoming = readIncoming(template, shaped.values, options.context);
  const findings = checkTable(incoming, { lang: options.lang, errorsOnly: true, onProgress: options.onProgress });
  const errorsByRow = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = errorsByRow.get(f.row) ?? [];
    list.push(f);
    errorsByRow.set(f.row, list);
  }

  const rejected: ImportPlan['rejected'] = [];
  const acceptedIndices: number[] = [];
  incoming.rows.forEach((row, index) => {
    const errors = errorsByRow.get(row.rowNumber);
    const sourceRow = shaped.sourceRows[row.rowNumber - 2]!;
    if (errors) rejected.push({ sourceRow, cells: sourceRows[sourceRow - 2]!.slice(), reasons: errors.map((e) => e.message) });
    else acceptedIndices.push(index);
  });

  // The source's own duplicates become one incoming customer first.
  const acceptedTable = tableSubset(incoming, acceptedIndices);
  const accepted = acceptedTable.rows;
  // One match space for the incoming rows and the file: their profiles are compared with one another.
  const space = new MatchSpace();
  const acceptedProfiles = matchProfiles(acceptedTable, space);
  const groups = groupWithinSource(acceptedTable, acceptedProfiles);
  const combine = combiner(acceptedTable);
  const incomingCustomers = groups.map((members) => ({
    sourceRows: members.map((m) => shaped.sourceRows[accepted[m]!.rowNumber - 2]!),
    values: combine(members),
  }));

  // Score every incoming customer against the existing ones, on shared blocking keys only.
  // A row's profile reads only its own values, so the profiles already built
  // serve here: the existing table's, and an incoming row's when it merged
  // with no other; only customers combined from several rows get a new one.
  const n = existing.rows.length;
  const profileOf = matchProfileBuilder({ ...existing, mapping: { ...existing.mapping, columns: Object.fromEntries(template.fields.map((f, i) => [f.key, i])) } }, space);
  const incomingProfiles = groups.map((members, k) =>
    members.length === 1 ? profileAtIndex(acceptedProfiles[members[0]!]!, n + k) : profileOf(syntheticRow(-(k + 1), incomingCustomers[k]!.values), n + k),
  );
  // Every incoming value has its id now: the file's values no incoming row has can join no pair, and get none.
  space.close();
  const existingProfiles = matchProfiles(existing, space);
  const freq = valueFrequencies([...existingProfiles, ...incomingProfiles]);
  const best = new Map<number, Array<{ index: number; score: number }>>();
  const reviewFrom = options.reviewThreshold ?? DEFAULT_REVIEW;
  const matchFrom = options.threshold ?? DEFAULT_THRESHOLD;
  // Existing–existing pairs are dedupe's job and incoming–incoming were merged above: only cross pairs.
  crossPairs(existingProfiles, incomingProfiles, (e, k) => {
    const scored = scorePairAtLeast(existingProfiles[e]!, incomingProfiles[k]!, freq, reviewFrom);
    if (scored === null || scored.score < reviewFrom) return;
    const list = best.get(k) ?? [];
    list.push({ index: e, score: scored.score });
    best.set(k, list);
  });

  const newRows: ImportPlan['newRows'] = [];
  const updates: ImportPlan['updates'] = [];
  const review: ImportPlan['review'] = [];
  const changes: ImportChange[] = [];
  let nextRow = appendRowOf(existing);
  const updatedRows = new Set<number>();
  const channel = options.source && template.fields.some((f) => f.key === 'source') ? options.source : undefined;
  incomingCustomers.forEach((customer, k) => {
    const matches = (best.get(k) ?? []).sort((a, b) => b.score - a.score);
    const top = matches[0];
    const sourceRow = customer.sourceRows[0]!;
    if (top && top.score >= matchFrom && !updatedRows.has(top.index) && (matches[1]?.score ?? 0) < matchFrom) {
      const target = existing.rows[top.index]!;
      updatedRows.add(top.index);
      const set: Record<string, StandardValue> = {};
      const newer = isNewer(customer.values, target);
      for (const field of template.fields) {
        if (field.type === 'id') continue;
        const incomingValue = customer.values[field.key];
        if (incomingValue === undefined) continue;
        const current = standardOf(target.values[field.key]);
        const resolved = resolveField(field, current, incomingValue, newer);
        if (resolved.conflict) changes.push({ kind: 'conflict', row: target.rowNumber, sourceRow, field: field.key, from: text(current), to: text(incomingValue) });
        if (resolved.value !== undefined && text(resolved.value) !== text(current)) {
          set[field.key] = resolved.value;
          changes.push({ kind: 'update', row: target.rowNumber, sourceRow, field: field.key, from: text(current), to: text(resolved.value) });
        }
      }
      updates.push({ row: target.rowNumber, sourceRows: customer.sourceRows, score: round(top.score), set });
    } else if (top) {
      review.push({ sourceRows: customer.sourceRows, candidates: matches.slice(0, 3).map((m) => ({ row: existing.rows[m.index]!.rowNumber, score: round(m.score) })), values: customer.values });
    } else {
      const values = { ...customer.values };
      if (channel !== undefined && values.source === undefined) values.source = channel;
      const row = nextRow++;
      newRows.push({ sourceRows: customer.sourceRows, values });
      changes.push({ kind: 'new', row, sourceRow, values });
    }
  });
  return { newRows, updates, review, rejected, changes, mergedWithinSource: accepted.length - groups.length };
}

function readIncoming(template: Template, values: CellValue[][], context: NormalizeContext): CustomerTable {
  // Incoming rows carry no ids of ours: their id column is left blank on purpose.
  return readCustomerTable(template, { name: 'Import', values }, context);
}

/** The source's rows grouped into customers (indices into the table's rows), in source order. */
function groupWithinSource(table: CustomerTable, profiles: readonly MatchProfile[]): number[][] {
  if (table.rows.length === 0) return [];
  const { clusters } = findDuplicates(table, { profiles });
  const inCluster = new Set<number>();
  const groups: number[][] = clusters.map((c) => c.members.map((m) => {
    inCluster.add(m);
    return m;
  }));
  table.rows.forEach((_, m) => {
    if (!inCluster.has(m)) groups.push([m]);
  });
  return groups.sort((a, b) => table.rows[a[0]!]!.rowNumber - table.rows[b[0]!]!.rowNumber);
}

/**
 * One incoming customer from one or several rows of the table (indices): the
 * newest row first, blanks filled from the others, lists united. Read from
 * the table's columns, into a record with every field in place: one built
 * key by key falls into V8's slow dictionary mode past a dozen keys, and
 * the plan reads these records field by field. Blank fields stay undefined.
 */
function combiner(table: CustomerTable): (members: readonly number[]) => IncomingValues {
  const fields = table.template.fields.filter((f) => f.type !== 'id' && f.key in table.mapping.columns);
  const columns = fields.map((f) => tableColumn(table, f.key));
  const updated = 'updated' in table.mapping.columns ? tableColumn(table, 'updated') : null;
  const updatedOf = (m: number) => String((updated && standardOf(updated[m])) ?? '');
  const empty: Record<string, StandardValue | undefined> = Object.fromEntries(fields.map((f) => [f.key, undefined]));
  return (members) => {
    // ISO dates order as text; a row without one goes last.
    const ordered = members.length === 1 ? members : [...members].sort((a, b) => (updatedOf(a) < updatedOf(b) ? 1 : updatedOf(a) > updatedOf(b) ? -1 : 0));
    const values = { ...empty };
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      for (const m of ordered) {
        const value = standardOf(columns[f]![m]);
        if (value === undefined) continue;
        const current = values[field.key];
        if (current === undefined) values[field.key] = value;
        else if (field.type === 'list' && Array.isArray(value)) values[field.key] = unite(current as string[], value);
      }
    }
    return values;
  };
}

function resolveField(field: TemplateField, current: StandardValue | undefined, incoming: StandardValue, incomingNewer: boolean): { value?: StandardValue; conflict: boolean } {
  if (current === undefined) return { value: incoming, conflict: false };
  if (text(current) === text(incoming)) return { conflict: false };
  if (field.type === 'list' && Array.isArray(current) && Array.isArray(incoming)) return { value: unite(current, incoming), conflict: false };
  if (field.key === 'notes') return { value: `${text(current)}\n${text(incoming)}`, conflict: false };
  return { value: incomingNewer ? incoming : undefined, conflict: true };
}

/** The incoming row is newer when its `updated` date is later than the existing row's (or the existing row has none). */
function isNewer(values: IncomingValues, target: CustomerRow): boolean {
  const incoming = values.updated;
  const existing = standardOf(target.values.updated);
  if (typeof incoming !== 'string') return false;
  return typeof existing !== 'string' || incoming > existing;
}

function syntheticRow(rowNumber: number, values: IncomingValues): CustomerRow {
  const normalized: Record<string, Normalized> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) normalized[key] = { status: 'ok', value };
  return { rowNumber, cells: [], values: normalized };
}


function unite(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()))];
}

function text(value: StandardValue | undefined): string {
  return value === undefined ? '' : standardToText(value);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
