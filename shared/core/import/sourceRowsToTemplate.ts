import { isBlankCell, type CellValue } from '../cell';
import { cellToText } from '../normalize/cellToText';
import type { Lang } from '../i18n/lang';
import type { Template } from '../template/templateSchema';
import type { SourceMapping } from './mapSourceColumns';

/**
 * Source rows (below the header) rewritten in template column order, with joined fields
 * assembled: a Chinese family + given name join without a space (王 + 芳 →
 * 王芳), a Latin one as "Given Family". With `keepUnmapped`, every unmapped
 * column is kept in notes as `Header: value`, so nothing is silently dropped.
 */
export function sourceRowsToTemplate(
  template: Template,
  mapping: SourceMapping,
  rows: readonly (readonly CellValue[])[],
  options: { keepUnmapped: boolean; lang: Lang },
): { values: CellValue[][]; sourceRows: number[] } {
  const notesKey = template.fields.some((f) => f.key === 'notes') ? 'notes' : null;
  const out: CellValue[][] = [template.fields.map((f) => f.label[options.lang])];
  // The source's own row number of each output row (its header is row 1).
  const sourceRows: number[] = [];
  const columnsOfField = template.fields.map((field) => mapping.fields.get(field.key));
  for (const [r, row] of rows.entries()) {
    if (row.every(isBlankCell)) continue;
    sourceRows.push(r + 2);
    const cells = template.fields.map((field, f): CellValue => {
      const cols = columnsOfField[f];
      if (!cols || cols.length === 0) return null;
      if (cols.length === 1) return row[cols[0]!] ?? null;
      const parts = cols.map((c) => cellToText(row[c] ?? null).trim()).filter((p) => p !== '');
      if (parts.length === 0) return null;
      if (field.key === 'name') return parts.some((p) => /\p{Script=Han}/u.test(p)) ? parts.join('') : [...parts].reverse().join(' ');
      return parts.join(' ');
    });
    if (options.keepUnmapped && notesKey && mapping.unmapped.length > 0) {
      const extra = mapping.unmapped.flatMap(({ header, col }) => (isBlankCell(row[col] ?? null) ? [] : [`${header}: ${cellToText(row[col] ?? null)}`]));
      if (extra.length > 0) {
        const at = template.fields.findIndex((f) => f.key === notesKey);
        const existing = cellToText(cells[at] ?? null);
        cells[at] = [existing, ...extra].filter((s) => s !== '').join('; ');
      }
    }
    out.push(cells);
  }
  return { values: out, sourceRows };
}
