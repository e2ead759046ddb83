import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';
import { isBlankCell, type CellValue } from '../cell';
import { cellToText } from '../normalize/cellToText';
import { normalizeCell } from '../normalize/normalizeCell';
import type { NormalizeContext } from '../normalize/normalized';
import type { HeaderMapping } from '../table/customerTable';
import type { Template } from '../template/templateSchema';

/**
 * Every form in which a person's values may have been written anywhere:
 * as typed, standardized, respelled (a phone with or without +86, with
 * dashes or spaces), inside notes (an ID-card number, a WeChat id). Strong
 * traces identify the person wherever they appear; weak ones (a name, a
 * birthday, a whole note) are only taken as the person in a log entry that
 * holds exactly them, since other customers share them.
 */
export interface PersonTraces {
  /** Standard values of identifying fields (phone, email, id), by field key: a row holding one is the person's. */
  readonly standards: Map<string, Set<string>>;
  /** Digit runs (phone national numbers, long numbers in notes) found in any text's digits. */
  readonly digits: Set<string>;
  /** Lower-case texts found inside any text (e-mails, WeChat-style ids). */
  readonly substrings: Set<string>;
  /** Lower-case, space-free texts a whole value equal to them is (names, birthdays, whole notes, addresses). */
  readonly exact: Set<string>;
}

export function emptyTraces(): PersonTraces {
  return { standards: new Map(), digits: new Set(), substrings: new Set(), exact: new Set() };
}

/** Fields whose values are never the person's own (shared categories and counts). */
const SHARED_TYPES = new Set(['enum', 'integer', 'number', 'list']);

/** Adds one of the person's rows to their traces. */
export function addRowTraces(traces: PersonTraces, row: readonly CellValue[], mapping: HeaderMapping, template: Template, context: NormalizeContext): void {
  for (const field of template.fields) {
    const col = mapping.columns[field.key];
    if (col === undefined || field.match === 'location' || SHARED_TYPES.has(field.type)) continue;
    const cell = row[col] ?? null;
    if (isBlankCell(cell)) continue;
    const raw = cellToText(cell).trim();
    const result = normalizeCell(cell, field, context);
    const standard = result.status === 'ok' || result.status === 'reformat' ? (Array.isArray(result.value) ? result.value.join(', ') : String(result.value)) : null;
    if (field.match === 'identifier' || field.type === 'id') {
      if (standard !== null) {
        const set = traces.standards.get(field.key) ?? new Set<string>();
        set.add(standard);
        traces.standards.set(field.key, set);
      }
    }
    if (field.type === 'date' && field.match === 'none') continue;
    traces.exact.add(squash(raw));
    if (standard !== null) traces.exact.add(squash(standard));
    if (field.type === 'phone') {
      for (const text of [raw, standard ?? '']) addPhoneDigits(traces, text);
    } else if (field.type === 'email') {
      traces.substrings.add(raw.toLowerCase());
      if (standard) traces.substrings.add(standard.toLowerCase());
    } else if (field.type === 'text' && field.match === 'none') {
      // Free text (notes): numbers and ids inside it identify the person on their own.
      for (const run of raw.match(/\d{7,}/g) ?? []) traces.digits.add(run);
      for (const token of raw.match(/[\p{L}\p{N}_.@-]{6,}/gu) ?? []) if (/\p{L}/u.test(token) && /\d/.test(token)) traces.substrings.add(token.toLowerCase());
    }
  }
}

function addPhoneDigits(traces: PersonTraces, text: string): void {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return;
  traces.digits.add(digits);
  const parsed = parsePhoneNumberFromString(text.startsWith('+') ? text : `+${digits}`, metadataJson as never);
  if (parsed && parsed.nationalNumber.length >= 7) traces.digits.add(parsed.nationalNumber);
}

/** Whether a text (a cell, a log value, a line of a side file) holds a strong trace of the person. */
export function holdsStrongTrace(text: string, traces: PersonTraces): boolean {
  if (text === '') return false;
  if (traces.digits.size > 0) {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 7) for (const run of traces.digits) if (digits.includes(run)) return true;
  }
  if (traces.substrings.size > 0) {
    const lower = text.toLowerCase();
    for (const s of traces.substrings) if (lower.includes(s)) return true;
  }
  return false;
}

/** Whether a log value is the person's: a strong trace, or exactly one of their values (a name, a birthday, a note). */
export function holdsAnyTrace(text: string, traces: PersonTraces): boolean {
  return traces.exact.has(squash(text)) || holdsStrongTrace(text, traces) || [...traces.exact].some((e) => e.length >= 6 && squash(text).includes(e));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}
