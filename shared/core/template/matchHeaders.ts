import { isCellError, type CellValue } from '../cell';
import type { HeaderMapping } from '../table/customerTable';
import { foldHeader } from './foldHeader';
import type { Template } from './templateSchema';

const lookups = new WeakMap<Template, Map<string, string>>();

/** Folded label/synonym → field key; an earlier field keeps a contested name. */
function headerLookup(template: Template): Map<string, string> {
  let lookup = lookups.get(template);
  if (!lookup) {
    lookup = new Map();
    for (const field of template.fields) {
      for (const name of [field.key, field.label.en, field.label.zh, ...field.synonyms]) {
        const folded = foldHeader(name);
        if (folded && !lookup.has(folded)) lookup.set(folded, field.key);
      }
    }
    lookups.set(template, lookup);
  }
  return lookup;
}

function headerText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Maps a user's header row onto template keys, whatever the column order. */
export function matchHeaders(template: Template, headerRow: readonly CellValue[]): HeaderMapping {
  const lookup = headerLookup(template);
  const columns: Record<string, number> = {};
  const unknown: { col: number; header: string }[] = [];
  const duplicates: { col: number; header: string; key: string }[] = [];
  headerRow.forEach((cell, col) => {
    const header = headerText(cell);
    if (!header) return;
    const key = lookup.get(foldHeader(header));
    if (key === undefined) unknown.push({ col, header });
    else if (key in columns) duplicates.push({ col, header, key });
    else columns[key] = col;
  });
  const missing = template.fields.map((f) => f.key).filter((key) => !(key in columns));
  return { columns, unknown, missing, duplicates };
}
