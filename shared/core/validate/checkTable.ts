import type { Finding } from '../findings/finding';
import { fillFindingMessage, partialFindingMessage, type CompiledMessage } from '../i18n/findingMessages';
import type { Lang } from '../i18n/lang';
import { cellToText } from '../normalize/cellToText';
import type { Normalized } from '../normalize/normalized';
import { standardOf } from '../normalize/standardOf';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import { tableColumn } from '../table/tableColumn';
import type { TemplateField } from '../template/templateSchema';
import { customerIdSequenceOf } from './customerIdSequence';

export interface CheckTableOptions {
  readonly lang: Lang;
  /** Errors only: for callers that only reject rows (import), warnings would be sentences nobody reads. */
  readonly errorsOnly?: boolean;
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
  readonly firstRowOfValue: Map<string, number> | null;
  /** The label of the field this date may not be before. */
  readonly notBeforeLabel: string | null;
  readonly values: readonly Normalized[];
  /** This field's messages by code, its label filled in. */
  readonly messages: Map<string, CompiledMessage>;
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
      firstRowOfValue: field.unique ? new Map<string, number>() : null,
      notBeforeLabel: field.notBefore ? labelOf(field.notBefore) : null,
      values: tableColumn(table, field.key),
      messages: new Map(),
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
  const findings: Finding[] = [];
  // Columns of the current row's findings, parallel to its tail of `findings`:
  // field findings arrive in column order, a row rule's is put into place.
  const rowCols: number[] = [];
  const finding = (row: CustomerRow, m: MappedField, severity: Finding['severity'], code: string, suggestion: string | null, params?: Record<string, string | number>): Finding => {
    const value = cellToText(row.cells[m.col] ?? null);
    let parts = m.messages.get(code);
    if (parts === undefined) m.messages.set(code, (parts = partialFindingMessage(lang, code, { field: m.label })));
    const message = fillFindingMessage(parts, code, params ? { value, suggestion: suggestion ?? '', ...params } : { value, suggestion: suggestion ?? '' });
    return { row: row.rowNumber, field: m.key, severity, code, message, value, suggestion };
  };
  const add = (row: CustomerRow, m: MappedField, severity: Finding['severity'], code: string, suggestion: string | null, params?: Record<string, string | number>) => {
    findings.push(finding(row, m, severity, code, suggestion, params));
    rowCols.push(m.col);
  };

  const nextIds = blankIdFillers(mapped);

  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const rowStart = findings.length;
    rowCols.length = 0;
    for (const m of mapped) {
      const result = m.values[i]!;
      switch (result.status) {
        case 'invalid':
          add(row, m, 'error', result.code, null, result.params);
          break;
        case 'reformat':
          if (warnings) add(row, m, 'warning', m.formatCode, result.suggestion);
          break;
        case 'empty':
          if (m.isId) {
            if (warnings) add(row, m, 'warning', 'id.missing', nextIds.get(m.key)!());
          } else if (m.required) add(row, m, 'error', 'field.required', null);
          break;
        case 'ok':
          break;
      }
      if (m.firstRowOfValue !== null) {
        const key = uniqueKey(result);
        if (key !== null) {
          const first = m.firstRowOfValue.get(key);
          if (first === undefined) m.firstRowOfValue.set(key, row.rowNumber);
          else add(row, m, 'error', m.duplicateCode, null, { otherRow: first });
        }
      }
      if (m.notBeforeValues !== null) {
        const mine = standardOf(result);
        const theirs = standardOf(m.notBeforeValues[i]!);
        if (typeof mine === 'string' && typeof theirs === 'string' && mine < theirs) {
          add(row, m, 'error', 'date.beforeField', null, { other: m.notBeforeLabel!, otherValue: theirs });
        }
      }
    }
    for (const rule of rules) {
      if (!rule.present.every((column) => column[i]!.status === 'empty')) continue;
      // After every finding of a column left of or at the anchor's, as a stable sort by column would put it.
      let at = rowCols.length;
      while (at > 0 && rowCols[at - 1]! > rule.anchor.col) at--;
      findings.splice(rowStart + at, 0, finding(row, rule.anchor, 'error', rule.code, null, { fields: rule.fields }));
      rowCols.splice(at, 0, rule.anchor.col);
    }
  }
  return findings;
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
