import type { Finding } from '../findings/finding';
import { findingMessage } from '../i18n/findingMessages';
import type { Lang } from '../i18n/lang';
import { cellToText } from '../normalize/cellToText';
import type { Normalized, StandardValue } from '../normalize/normalized';
import type { CustomerRow, CustomerTable } from '../table/customerTable';
import type { TemplateField } from '../template/templateSchema';
import { customerIdSequence } from './customerIdSequence';

export interface CheckTableOptions {
  readonly lang: Lang;
}

interface MappedField {
  readonly field: TemplateField;
  readonly col: number;
}

/**
 * Every finding of template.md for a customer table: per-cell findings
 * (from standardization), required fields, blank ids, unique fields,
 * date order and the template's row rules. Sorted by row, then column.
 */
export function checkTable(table: CustomerTable, options: CheckTableOptions): Finding[] {
  const { lang } = options;
  const mapped: MappedField[] = table.template.fields
    .filter((field) => field.key in table.mapping.columns)
    .map((field) => ({ field, col: table.mapping.columns[field.key]! }))
    .sort((a, b) => a.col - b.col);
  const labelOf = (key: string) => table.template.fields.find((f) => f.key === key)?.label[lang] ?? key;
  const findings: Finding[] = [];
  // Findings of the row being checked, with their column, sorted into place when the row is done.
  let rowFindings: Array<{ col: number; finding: Finding }> = [];
  // The same value with the same problem gets the same sentence: most warnings repeat (dates, choices).
  const messages = new Map<string, string>();
  const add = (row: CustomerRow, m: MappedField, severity: Finding['severity'], code: string, suggestion: string | null, params?: Record<string, string | number>) => {
    const value = cellToText(row.cells[m.col] ?? null);
    let message: string | undefined;
    const key = params ? null : `${code}\u0000${m.field.key}\u0000${value}\u0000${suggestion ?? ''}`;
    if (key !== null) message = messages.get(key);
    if (message === undefined) {
      message = findingMessage(lang, code, { field: m.field.label[lang], value, suggestion: suggestion ?? '', ...params });
      if (key !== null && messages.size < 100_000) messages.set(key, message);
    }
    rowFindings.push({ col: m.col, finding: { row: row.rowNumber, field: m.field.key, severity, code, message, value, suggestion } });
  };

  const nextIds = blankIdFillers(table, mapped);
  const firstRowOfValue = new Map<string, Map<string, number>>();

  for (const row of table.rows) {
    rowFindings = [];
    for (const m of mapped) {
      const result = row.values[m.field.key]!;
      switch (result.status) {
        case 'invalid':
          add(row, m, 'error', result.code, null, result.params ? { ...result.params } : undefined);
          break;
        case 'reformat':
          add(row, m, 'warning', `${m.field.type}.format`, result.suggestion);
          break;
        case 'empty':
          if (m.field.type === 'id') add(row, m, 'warning', 'id.missing', nextIds.get(m.field.key)!());
          else if (m.field.required) add(row, m, 'error', 'field.required', null);
          break;
        case 'ok':
          break;
      }
      if (m.field.unique) {
        const key = uniqueKey(result);
        if (key !== null) {
          const seen = firstRowOfValue.get(m.field.key) ?? new Map<string, number>();
          firstRowOfValue.set(m.field.key, seen);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, row.rowNumber);
          else add(row, m, 'error', `${m.field.type === 'id' ? 'id' : 'field'}.duplicate`, null, { otherRow: first });
        }
      }
      if (m.field.notBefore) {
        const other = row.values[m.field.notBefore];
        const mine = standardOf(result);
        const theirs = other && standardOf(other);
        if (typeof mine === 'string' && typeof theirs === 'string' && mine < theirs) {
          add(row, m, 'error', 'date.beforeField', null, { other: labelOf(m.field.notBefore), otherValue: theirs });
        }
      }
    }
    for (const rule of table.template.rules) {
      const present = rule.fields.filter((key) => key in table.mapping.columns);
      if (present.length === 0) continue;
      if (present.every((key) => row.values[key]!.status === 'empty')) {
        const anchor = mapped.find((m) => m.field.key === present[0])!;
        add(row, anchor, 'error', rule.code, null, { fields: rule.fields.map(labelOf).join(lang === 'zh' ? '、' : ' / ') });
      }
    }
    if (rowFindings.length > 1) rowFindings.sort((a, b) => a.col - b.col);
    for (const { finding } of rowFindings) findings.push(finding);
  }
  return findings;
}

function standardOf(result: Normalized): StandardValue | undefined {
  return result.status === 'ok' || result.status === 'reformat' ? result.value : undefined;
}

function uniqueKey(result: Normalized): string | null {
  const value = standardOf(result);
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join('\u0000') : String(value);
}

/** One id sequence per id field, continuing the ids the sheet already has. */
function blankIdFillers(table: CustomerTable, mapped: readonly MappedField[]): Map<string, () => string> {
  const fillers = new Map<string, () => string>();
  for (const { field } of mapped) {
    if (field.type !== 'id') continue;
    const existing: string[] = [];
    for (const row of table.rows) {
      const value = standardOf(row.values[field.key]!);
      if (value !== undefined) existing.push(String(value));
    }
    fillers.set(field.key, customerIdSequence(existing));
  }
  return fillers;
}
