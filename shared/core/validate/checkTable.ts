import type { Finding } from '../findings/finding';
import { fillFindingMessage, partialFindingMessage, type CompiledMessage } from '../i18n/findingMessages';
import type { Lang } from '../i18n/lang';
import { cellToText } from '../normalize/cellToText';
import type { Normalized } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import type { CustomerTable } from '../table/customerTable';
import { tableColumn } from '../table/tableColumn';
import { TextMap } from '../textMap';
import type { TemplateField } from '../template/templateSchema';
import { customerIdSequenceOf } from './customerIdSequence';

export interface CheckTableOptions {
  readonly lang: Lang;
  /** Errors only: for callers that only reject rows (import), warnings would be sentences nobody reads. */
  readonly errorsOnly?: boolean;
  /** Told rows done of rows as the check goes (after each column is standardized, then checked): a progress bar's numbers. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface MappedField {
  readonly field: TemplateField;
  readonly key: string;
  /** Read once: template fields differ in shape, so reading them per cell is a slow, megamorphic load. */
  readonly isId: boolean;
  readonly required: boolean;
  /** The error code of a value another row already has. */
  readonly duplicateCode: string;
  readonly col: number;
  readonly label: string;
  /** The warning code of a value in the wrong form, e.g. `phone.format`. */
  readonly formatCode: string;
  /** First row of each standard value, for fields that must be unique. */
  readonly firstRowOfValue: TextMap<number> | null;
  /** The label of the field this date may not be before. */
  readonly notBeforeLabel: string | null;
  readonly values: readonly Normalized[];
  /** This field's messages by code, its label filled in. */
  readonly messages: Map<string, CompiledMessage>;
  /**
   * The last sentence written for each standardized result. Cells that
   * repeat (choices, dates, tags) share one result object, so most
   * findings of a check repeat a sentence already written: 160,000 of the
   * 220,000 of a generated 100,000-row file.
   */
  readonly sentences: Map<Normalized, { readonly value: string; readonly code: string; readonly message: string }>;
  readonly notBeforeValues: readonly Normalized[] | null;
}

/**
 * Every finding of template.md for a customer table: per-cell findings
 * (from standardization), required fields, blank ids, unique fields,
 * date order and the template's row rules. Sorted by row, then column.
 */
export function checkTable(table: CustomerTable, options: CheckTableOptions): Finding[] {
  const { lang } = options;
  const warnings = options.errorsOnly !== true;
  const labelOf = (key: string) => table.template.fields.find((f) => f.key === key)?.label[lang] ?? key;
  // Two steps per column (standardize, check), told as rows: one call per step, nothing per row.
  const steps = 2 * Math.max(1, table.template.fields.filter((field) => field.key in table.mapping.columns).length);
  let step = 0;
  const tick = () => options.onProgress?.(Math.round((Math.min(++step, steps) / steps) * table.rows.length), table.rows.length);
  const standardized = (key: string) => {
    const values = tableColumn(table, key);
    tick();
    return values;
  };
  const mapped: MappedField[] = table.template.fields
    .filter((field) => field.key in table.mapping.columns)
    .map((field) => ({
      field,
      key: field.key,
      isId: field.type === 'id',
      required: field.required === true,
      duplicateCode: `${field.type === 'id' ? 'id' : 'field'}.duplicate`,
      col: table.mapping.columns[field.key]!,
      label: field.label[lang],
      formatCode: `${field.type}.format`,
      // A TextMap made to size: a Map of 100,000 ids took 0.1 s, growing and hashing scattered strings.
      firstRowOfValue: field.unique ? new TextMap<number>(table.rows.length) : null,
      notBeforeLabel: field.notBefore ? labelOf(field.notBefore) : null,
      values: standardized(field.key),
      messages: new Map(),
      sentences: new Map(),
      notBeforeValues: field.notBefore && field.notBefore in table.mapping.columns ? tableColumn(table, field.notBefore) : null,
    }))
    .sort((a, b) => a.col - b.col);
  const rules = table.template.rules
    .map((rule) => ({ rule, present: rule.fields.filter((key) => key in table.mapping.columns) }))
    .filter(({ present }) => present.length > 0)
    .map(({ rule, present }) => ({
      code: rule.code,
      present: present.map((key) => tableColumn(table, key)),
      anchor: mapped.find((m) => m.key === present[0])!,
      fields: rule.fields.map(labelOf).join(lang === 'zh' ? '、' : ' / '),
    }));
  // Column by column, each column's cells in a row: a column's results lie
  // together in memory, while a row's 26 are scattered (on 100,000 rows the
  // walk itself takes half the time row by row). The findings are put in
  // row order at the end; within a row they arrive in column order, and a
  // row rule's right after its anchor column's.
  const findings: Finding[] = [];
  const rowOfFinding: number[] = [];
  const sentence = (m: MappedField, code: string, value: string, suggestion: string | null, params: Record<string, string | number> | undefined): string => {
    let parts = m.messages.get(code);
    if (parts === undefined) m.messages.set(code, (parts = partialFindingMessage(lang, code, { field: m.label })));
    return fillFindingMessage(parts, code, params ?? NO_PARAMS, value, suggestion ?? '');
  };
  /**
   * Adds row i's finding for field m. `result` is given when the finding
   * follows from the cell's standardized result alone (its code, suggestion
   * and params): then the sentence may be the last one written for it.
   */
  const add = (i: number, m: MappedField, severity: Finding['severity'], code: string, suggestion: string | null, params?: Record<string, string | number>, result?: Normalized) => {
    const row = table.rows[i]!;
    // Reading the cell again was a fifth of a check: 200,000 scattered reads.
    const value = result?.status === 'reformat' || result?.status === 'placeholder' ? result.written : cellToText(row.cells[m.col] ?? null);
    let message: string;
    const last = result === undefined ? undefined : m.sentences.get(result);
    if (last !== undefined && last.value === value && last.code === code) message = last.message;
    else {
      message = sentence(m, code, value, suggestion, params);
      if (result !== undefined) m.sentences.set(result, { value, code, message });
    }
    findings.push({ row: row.rowNumber, field: m.key, severity, code, message, value, suggestion });
    rowOfFinding.push(i);
  };

  const nextIds = blankIdFillers(mapped);
  const rowCount = table.rows.length;
  for (const m of mapped) {
    const values = m.values;
    for (let i = 0; i < rowCount; i++) {
      const result = values[i]!;
      switch (result.status) {
        case 'invalid':
          add(i, m, 'error', result.code, null, result.params, result);
          break;
        case 'reformat':
          if (warnings) add(i, m, 'warning', m.formatCode, result.suggestion, undefined, result);
          break;
        case 'placeholder':
          // A placeholder is nothing: cleared by fix where the field may be blank; a blank id gets one; a required field still needs a value.
          if (m.isId) {
            if (warnings) add(i, m, 'warning', 'id.missing', nextIds.get(m.key)!());
          } else if (m.required) add(i, m, 'error', 'field.required', null);
          else if (warnings) add(i, m, 'warning', 'field.placeholder', '', undefined, result);
          break;
        case 'empty':
          if (m.isId) {
            if (warnings) add(i, m, 'warning', 'id.missing', nextIds.get(m.key)!());
          } else if (m.required) add(i, m, 'error', 'field.required', null);
          break;
        case 'ok':
          break;
      }
      if (m.firstRowOfValue !== null) {
        const key = uniqueKey(result);
        if (key !== null) {
          const first = m.firstRowOfValue.get(key);
          if (first === undefined) m.firstRowOfValue.set(key, table.rows[i]!.rowNumber);
          else add(i, m, 'error', m.duplicateCode, null, { otherRow: first });
        }
      }
      if (m.notBeforeValues !== null) {
        const mine = standardOf(result);
        const theirs = standardOf(m.notBeforeValues[i]!);
        if (typeof mine === 'string' && typeof theirs === 'string' && mine < theirs) {
          add(i, m, 'error', 'date.beforeField', null, { other: m.notBeforeLabel!, otherValue: theirs });
        }
      }
    }
    for (const rule of rules) {
      if (rule.anchor !== m) continue;
      for (let i = 0; i < rowCount; i++) if (allEmpty(rule.present, i)) add(i, m, 'error', rule.code, null, { fields: rule.fields });
    }
    tick();
  }
  return inRowOrder(findings, rowOfFinding, rowCount);
}

/** The findings ordered by row, keeping their order within a row (a counting sort: rows are small integers). */
function inRowOrder(findings: readonly Finding[], rowOf: readonly number[], rowCount: number): Finding[] {
  const start = new Array<number>(rowCount + 1).fill(0);
  for (const i of rowOf) start[i + 1]!++;
  for (let i = 0; i < rowCount; i++) start[i + 1]! += start[i]!;
  const ordered = new Array<Finding>(findings.length);
  for (let k = 0; k < findings.length; k++) ordered[start[rowOf[k]!]!++] = findings[k]!;
  return ordered;
}

const NO_PARAMS: Readonly<Record<string, string | number>> = {};

/** A plain loop: `every` with a callback would make a closure per row and rule. */
function allEmpty(columns: readonly (readonly Normalized[])[], i: number): boolean {
  for (const column of columns) {
    const status = column[i]!.status;
    if (status !== 'empty' && status !== 'placeholder') return false;
  }
  return true;
}

function uniqueKey(result: Normalized): string | null {
  const value = standardOf(result);
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join('\u0000') : String(value);
}

/** One id sequence per id field, continuing the ids the sheet already has; made at the first blank id, since most sheets have none. */
function blankIdFillers(mapped: readonly MappedField[]): Map<string, () => string> {
  const fillers = new Map<string, () => string>();
  for (const m of mapped) {
    if (m.field.type !== 'id') continue;
    let next: (() => string) | undefined;
    fillers.set(m.key, () => {
      next ??= customerIdSequenceOf(m.values);
      return next();
    });
  }
  return fillers;
}
