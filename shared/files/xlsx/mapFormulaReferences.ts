import { columnLetters, columnOfReference } from './cellReference';

/** One end of an A1 reference: a cell (column and row), a whole column (row 0) or a whole row (column 0). */
export interface ReferenceEnd {
  /** 1-based column; 0 for a whole-row reference (`3:5`). */
  col: number;
  colAbsolute: boolean;
  /** 1-based row; 0 for a whole-column reference (`A:C`). */
  row: number;
  rowAbsolute: boolean;
}

/** A reference as written in a formula: its sheet (null: the formula's own), first end and, for a range, last end. */
export interface FormulaReference {
  sheet: string | null;
  first: ReferenceEnd;
  last: ReferenceEnd | null;
}

/** What a reference becomes: new ends, or null to leave it as written, or 'gone' for `#REF!`. */
export type ReferenceChange = { first: ReferenceEnd; last: ReferenceEnd | null } | null | 'gone';

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([1-9]\d{0,6})/y;
const COLUMN = /(\$?)([A-Za-z]{1,3})/y;
const ROW = /(\$?)([1-9]\d{0,6})/y;
const UNQUOTED_SHEET = /([A-Za-z_\u00A1-\uFFFF][\w.\u00A1-\uFFFF]*)!/y;
/** Characters that continue a name: a reference starts only after none of these, and ends before none of these. */
const NAME_CHAR = /[\w.$\u00A1-\uFFFF]/;

/**
 * Rewrites the A1 references in a formula (as stored in a file: no leading
 * `=`), calling `change` for each one: cells, ranges, whole rows and whole
 * columns, with or without a sheet. String literals, structured references
 * (`Table[Column]`), external workbooks (`[1]Sheet!A1`), function names
 * (`LOG10(`) and defined names are left as they are. Excel's grammar:
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx (formulas, A1 references).
 */
export function mapFormulaReferences(formula: string, change: (ref: FormulaReference) => ReferenceChange): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '[') {
      // An external workbook index or a structured reference: copied with what it qualifies.
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      j++;
      // `[1]Sheet1!A1`: the sheet and reference after it belong to another workbook.
      const external = /^(?:'(?:[^']|'')*'|[^\s!'"(),;=+\-*/^&<>%{}[\]]+)!\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?/.exec(formula.slice(j));
      if (external && formula[i + 1] !== '#' && /^\[\d+\]$/.test(formula.slice(i, j))) j += external[0].length;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const before = i > 0 ? formula[i - 1]! : '';
    if (before !== '' && NAME_CHAR.test(before)) {
      out += ch;
      i++;
      continue;
    }
    let sheet: string | null = null;
    let at = i;
    if (ch === "'") {
      const end = quotedEnd(formula, i);
      if (formula[end] !== '!') {
        out += formula.slice(i, end);
        i = end;
        continue;
      }
      sheet = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      at = end + 1;
    } else {
      UNQUOTED_SHEET.lastIndex = i;
      const m = UNQUOTED_SHEET.exec(formula);
      if (m) {
        sheet = m[1]!;
        at = i + m[0].length;
      }
    }
    const parsed = referenceAt(formula, at);
    if (!parsed) {
      // Not a reference: copy one name (or one character) and go on.
      let j = sheet !== null ? at : i + 1;
      if (sheet === null && NAME_CHAR.test(ch)) while (j < n && NAME_CHAR.test(formula[j]!)) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const ref: FormulaReference = { sheet, first: parsed.first, last: parsed.last };
    const result = change(ref);
    if (result === null) out += formula.slice(i, parsed.end);
    else if (result === 'gone') out += '#REF!';
    else out += formula.slice(i, at) + endText(result.first) + (result.last ? `:${endText(result.last)}` : '');
    i = parsed.end;
  }
  return out;
}

/** The reference starting at `at`, if one does and ends where a name could not go on. */
function referenceAt(formula: string, at: number): { first: ReferenceEnd; last: ReferenceEnd | null; end: number } | null {
  const first = endAt(formula, at);
  if (!first) return null;
  let last: ReferenceEnd | null = null;
  let end = first.stop;
  if (formula[end] === ':') {
    const second = endAt(formula, end + 1);
    if (second && (second.ref.row === 0) === (first.ref.row === 0) && (second.ref.col === 0) === (first.ref.col === 0)) {
      last = second.ref;
      end = second.stop;
    }
  }
  // A whole row or column stands only as a range (`3:5`, `A:C`).
  if (!last && (first.ref.row === 0 || first.ref.col === 0)) return null;
  const next = formula[end];
  if (next !== undefined && (NAME_CHAR.test(next) || next === '(' || next === '!' || next === '[')) return null;
  return { first: first.ref, last, end };
}

function endAt(formula: string, at: number): { ref: ReferenceEnd; stop: number } | null {
  CELL.lastIndex = at;
  const cell = CELL.exec(formula);
  if (cell && !NAME_CHAR.test(formula[CELL.lastIndex] ?? ' ')) {
    const col = columnOfReference(cell[2]!) + 1;
    const row = Number(cell[4]);
    if (col <= MAX_COL && row <= MAX_ROW) return { ref: { col, colAbsolute: cell[1] === '$', row, rowAbsolute: cell[3] === '$' }, stop: CELL.lastIndex };
    return null;
  }
  COLUMN.lastIndex = at;
  const column = COLUMN.exec(formula);
  if (column && !NAME_CHAR.test(formula[COLUMN.lastIndex] ?? ' ') && formula[COLUMN.lastIndex] !== '(') {
    const col = columnOfReference(column[2]!) + 1;
    if (col <= MAX_COL) return { ref: { col, colAbsolute: column[1] === '$', row: 0, rowAbsolute: false }, stop: COLUMN.lastIndex };
  }
  ROW.lastIndex = at;
  const row = ROW.exec(formula);
  if (row && !NAME_CHAR.test(formula[ROW.lastIndex] ?? ' ')) {
    const r = Number(row[2]);
    if (r <= MAX_ROW) return { ref: { col: 0, colAbsolute: false, row: r, rowAbsolute: row[1] === '$' }, stop: ROW.lastIndex };
  }
  return null;
}

function endText(end: ReferenceEnd): string {
  const col = end.col > 0 ? `${end.colAbsolute ? '$' : ''}${columnLetters(end.col - 1)}` : '';
  const row = end.row > 0 ? `${end.rowAbsolute ? '$' : ''}${end.row}` : '';
  return col + row;
}

/** Just past a string literal (`"`) or quoted sheet name (`'`) starting at `start`; the quote doubled inside is the quote itself. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start]!;
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] === quote) {
      if (formula[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}
