import { isBlankCell, type CellValue } from '../cell';
import { DossierError } from '../errors';
import { cellToText } from '../normalize/cellToText';
import { normalizeCell } from '../normalize/normalizeCell';
import type { NormalizeContext } from '../normalize/normalized';
import type { WorkbookPort } from '../port/workbookPort';
import { isTotalsRow } from '../table/isTotalsRow';
import { locateHeader } from '../table/locateHeader';
import { sumColumns } from '../table/sumColumns';
import { matchHeaders } from '../template/matchHeaders';
import type { Template } from '../template/templateSchema';
import { AUDIT_SHEET, appendAudit } from './audit';
import { keyedHash, workbookEraseKey } from './eraseKey';
import { addRowTraces, emptyTraces, holdsAnyTrace, holdsStrongTrace, type PersonTraces } from './personTraces';
import { rowsBefore } from './sheetDiff';
import { payloadTexts } from './snapshotPayload';
import { dropSnapshots, listSnapshots, readPayload } from './snapshots';

export type EraseMatch = 'email' | 'phone' | 'id';

export interface EraseOptions {
  readonly template: Template;
  readonly sheet: string;
  readonly match: EraseMatch;
  readonly value: string;
  readonly context: NormalizeContext;
  readonly now: string;
  readonly user?: string | null;
  /** The workbook's secret for the log's keyed hash, when first made (default: the platform's secure random bytes). */
  readonly makeKey?: () => Uint8Array;
}

export interface EraseReport {
  /** Rows removed, per sheet (customer sheet, Merged, snapshot copies). */
  readonly removed: ReadonlyArray<{ sheet: string; rows: number }>;
  /** Audit entries whose values were blanked. */
  readonly auditEntriesScrubbed: number;
  /** HMAC-SHA-256 of the matched value under the workbook's own secret: the only trace kept in the log. */
  readonly hash: string;
  readonly ids: readonly string[];
  /** Whether a text holds the person's phone, e-mail or an id from their notes in any spelling (for side files the core cannot reach). */
  readonly mentions: (text: string) => boolean;
}

const ERASED = '[erased]';

/**
 * The right to be forgotten: removes every row of the customer from the
 * customer sheet, `Merged` (and rows merged into them), every snapshot copy,
 * and blanks their values in the audit log, which keeps only the customer id
 * and a hash. No snapshot is taken: a copy would defeat the erasure.
 */
export async function eraseCustomer(port: WorkbookPort, options: EraseOptions): Promise<EraseReport> {
  const field = options.template.fields.find((f) => f.key === options.match);
  if (!field) {
    throw new DossierError('erase.noField', { en: `The template has no "${options.match}" field to match on.`, zh: `模板中没有可用于匹配的"${options.match}"字段。` });
  }
  const wanted = standardText(normalizeCell(options.value, field, options.context));
  if (wanted === null) {
    throw new DossierError('erase.badValue', { en: `"${options.value}" is not a valid ${options.match} to match on.`, zh: `"${options.value}"不是可用于匹配的有效${field.label.zh}。` });
  }
  const idField = options.template.fields.find((f) => f.type === 'id');
  const erasedIds = new Set<string>();
  const erasedValues = new Set<string>();
  const removed: { sheet: string; rows: number }[] = [];
  // Every spelling of the person's values (phones with or without +86, e-mails as typed, ids inside notes), for the logs and other sheets.
  const traces = emptyTraces();
  /** The customer sheet's rows (0-based, header = 0) that were the customer's. */
  const erasedRows = new Set<number>();
  let identifyingCols = new Set<number>();

  const scrub = async (sheet: string, extraMatch?: (row: readonly CellValue[], header: readonly CellValue[]) => boolean) => {
    const { values } = await port.readSheet(sheet);
    // Rows down to the header (a title above it) are kept as they are; so is a totals row.
    const headerIndex = locateHeader(options.template, values)?.index ?? 0;
    const header = values[headerIndex] ?? [];
    const mapping = matchHeaders(options.template, header);
    const col = mapping.columns[field.key];
    const idCol = idField ? mapping.columns[idField.key] : undefined;
    if (sheet === options.sheet) identifyingCols = new Set(options.template.fields.filter((f) => !((f.match === 'none' && f.type !== 'id') || f.match === 'location')).map((f) => mapping.columns[f.key]).filter((c): c is number => c !== undefined));
    const sums = sumColumns(options.template, mapping.columns, header.length);
    const keep: CellValue[][] = values.slice(0, headerIndex + 1).map((row) => row.slice());
    let count = 0;
    const gone: number[] = [];
    for (const [k, row] of values.slice(headerIndex + 1).entries()) {
      if (isTotalsRow(row, sums)) {
        keep.push(row.slice());
        continue;
      }
      const hit =
        (col !== undefined && standardText(normalizeCell(row[col] ?? null, field, options.context)) === wanted) ||
        (extraMatch?.(row, header) ?? false);
      if (!hit) {
        keep.push(row.slice());
        continue;
      }
      count++;
      gone.push(headerIndex + 1 + k);
      if (sheet === options.sheet) erasedRows.add(headerIndex + 1 + k);
      if (idCol !== undefined && !isBlankCell(row[idCol] ?? null)) erasedIds.add(cellToText(row[idCol]!));
      addRowTraces(traces, row, mapping, options.template, options.context);
      // Only identifying values are scrubbed from logs: "Male" or grade "A" would hit other customers.
      for (const f of options.template.fields) {
        const c = mapping.columns[f.key];
        if (c === undefined || (f.match === 'none' && f.type !== 'id') || f.match === 'location') continue;
        const cell = row[c] ?? null;
        if (isBlankCell(cell)) continue;
        erasedValues.add(cellToText(cell));
        const standard = standardText(normalizeCell(cell, f, options.context));
        if (standard !== null) erasedValues.add(standard);
      }
    }
    if (count > 0) {
      // Deleting the rows, where the host can, keeps the sheet's formulas (a totals row's SUM) formulas.
      if (port.deleteRows) await port.deleteRows(sheet, gone);
      else await port.replaceValues(sheet, keep);
      removed.push({ sheet, rows: count });
    }
  };

  const sheets = new Set((await port.listSheets()).map((s) => s.name));
  await scrub(options.sheet);
  if (sheets.has('Merged')) {
    // Rows merged into an erased customer are the same person.
    await scrub('Merged', (row, header) => {
      const into = header.findIndex((h) => h === 'Merged into' || h === '合并至');
      const idCol = idField ? matchHeaders(options.template, header).columns[idField.key] : undefined;
      // "C3" or "C3 (before merge)": the id the row went into, and the row's own id.
      const target = into >= 0 ? cellToText(row[into] ?? null).split(' ')[0]! : '';
      return erasedIds.has(target) || (idCol !== undefined && erasedIds.has(cellToText(row[idCol] ?? null)));
    });
  }
  // Snapshots: one that holds the customer's values, or lines rows up with a sheet rows were just removed from, is dropped (Undo could bring the customer back, or misplace rows).
  const touched = new Set(removed.map((r) => r.sheet));
  const drop = new Set<number>();
  // Newest first, following the customer's rows back through each change: the values an operation replaced are theirs too (and the audit log holds them).
  let rows = erasedRows;
  for (const snapshot of (await listSnapshots(port)).reverse()) {
    if (snapshot.store) {
      const payload = (await readPayload(port, snapshot.store)) ?? [];
      // The customer's rows this snapshot holds: those of theirs the operation changed, and removed rows holding their values.
      let held = 0;
      const isTheirs = (cell: CellValue) => !isBlankCell(cell) && (erasedValues.has(cellToText(cell)) || erasedIds.has(cellToText(cell)));
      for (const change of payload) {
        if (!change.diff) continue;
        for (const [, cells] of change.diff.removed) if (cells.some(isTheirs)) held++;
        if (change.name !== options.sheet) continue;
        for (const [, j, , cells] of change.diff.changed) {
          if (!rows.has(j)) continue;
          held++;
          for (const [c, v] of cells) if (identifyingCols.has(c) && !isBlankCell(v)) erasedValues.add(cellToText(v));
        }
        const before = rowsBefore(change.diff);
        rows = new Set([...rows].map((j) => before[j] ?? -1).filter((i) => i >= 0));
      }
      if (held > 0 || payloadTexts(payload).some((t) => erasedValues.has(t) || erasedIds.has(t)) || snapshot.sheets.some((s) => touched.has(s.name))) {
        drop.add(snapshot.id);
        removed.push({ sheet: snapshot.store, rows: held });
      }
      continue;
    }
    for (const copy of snapshot.sheets) if (copy.copy && sheets.has(copy.copy)) await scrub(copy.copy);
  }
  await dropSnapshots(port, drop);
  // Review sheets (Import review, Import rejected) and any other sheet of the user's: the person's rows go.
  for (const name of sheets) {
    if (name === options.sheet || name === 'Merged' || name === 'Findings' || name === AUDIT_SHEET || name.startsWith('_dossier')) continue;
    if (traces.digits.size === 0 && traces.substrings.size === 0) break;
    await scrub(name, (row) => row.some((cell) => typeof cell === 'string' && holdsStrongTrace(cell, traces)));
  }
  if (sheets.has('Findings')) {
    await scrub('Findings', (row) => row.some((cell) => !isBlankCell(cell) && erasedValues.has(cellToText(cell))));
  }
  const auditEntriesScrubbed = sheets.has(AUDIT_SHEET) ? await scrubAudit(port, erasedValues, traces) : 0;
  // Keyed: an unsalted hash of a phone is reversed by trying every number; the key stays in the workbook.
  const hash = keyedHash(await workbookEraseKey(port, options.makeKey), `${options.match}:${wanted}`);
  if (removed.length > 0) {
    await appendAudit(port, [
      { time: options.now, user: options.user ?? null, operation: 'erase', sheet: options.sheet, row: null, field: idField?.key ?? 'id', oldValue: [...erasedIds].join(', '), newValue: `hmac-sha256:${hash}` },
    ]);
  }
  return { removed, auditEntriesScrubbed, hash, ids: [...erasedIds], mentions: (text) => holdsStrongTrace(text, traces) };
}

async function scrubAudit(port: WorkbookPort, erased: ReadonlySet<string>, traces: PersonTraces): Promise<number> {
  const { values } = await port.readSheet(AUDIT_SHEET);
  let scrubbed = 0;
  const next = values.map((row, r) => {
    if (r === 0) return row.slice();
    const copy = row.slice();
    const touched = [6, 7].some((c) => {
      const cell = copy[c];
      if (cell === null || cell === undefined) return false;
      const text = cellToText(cell);
      return erased.has(text) || holdsAnyTrace(text, traces);
    });
    if (!touched) return copy;
    // Both values go: the one beside a trace (a note before another was joined to it) is part of the same change to the person.
    copy[6] = ERASED;
    copy[7] = ERASED;
    scrubbed++;
    return copy;
  });
  if (scrubbed > 0) await port.replaceValues(AUDIT_SHEET, next);
  return scrubbed;
}

function standardText(result: ReturnType<typeof normalizeCell>): string | null {
  if (result.status !== 'ok' && result.status !== 'reformat') return null;
  return Array.isArray(result.value) ? result.value.join(', ') : String(result.value);
}
