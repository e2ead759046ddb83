import { columnOfReference } from './cellReference';
import { decodeXmlText } from './decodeXmlText';
import { escapeXml } from './escapeXml';
import { mapFormulaReferences, type FormulaReference, type ReferenceChange, type ReferenceEnd } from './mapFormulaReferences';

/** A shared formula's first cell: its text and where it stands (1-based), which the other cells of the group are written relative to. */
export interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

const CELL = /<((?:\w+:)?)c\b([^>]*?)(\/>|>([\s\S]*?)<\/\1c>)/g;
const FORMULA = /<((?:\w+:)?)f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1f>)/;

/** Whether a row's XML holds a formula (`<f>`, prefixed or not). */
export function hasFormula(rowXml: string): boolean {
  return /<(?:\w+:)?f[\s>/]/.test(rowXml);
}

/** Notes the shared formulas a source row starts (read before the rows that use them, removed rows included). */
export function noteSharedFormulas(xml: string, masters: Map<string, SharedFormula>): void {
  if (!xml.includes('shared')) return;
  for (const m of xml.matchAll(CELL)) {
    const f = m[4] ? FORMULA.exec(m[4]) : null;
    if (!f || !/\st="shared"/.test(f[2]!) || !f[3]) continue;
    const si = /\ssi="(\d+)"/.exec(f[2]!)?.[1];
    const ref = /\sr="([A-Za-z]+)(\d+)"/.exec(m[2]!);
    if (si === undefined || !ref) continue;
    masters.set(si, { text: decodeXmlText(f[3]), row: Number(ref[2]), col: columnOfReference(ref[1]!) + 1 });
  }
}

/**
 * A source row's XML as it stands once rows moved: numbered for where it
 * goes, and every formula's references adjusted for the rows inserted and
 * removed (a shared formula written out in full for its cell, since the
 * group's first cell may be gone or elsewhere; an array formula's range
 * moved too). A formula whose value the move changed (a range that gained
 * or lost rows: a totals row's SUM) loses its cached value, so a program
 * that reads cached values rather than calculating (LibreOffice by default)
 * cannot show the old total; the workbook is marked to recalculate.
 */
export function relocateRow(xml: string, to: number, shift: (ref: FormulaReference) => ReferenceChange, masters: ReadonlyMap<string, SharedFormula>): string {
  const gt = xml.indexOf('>');
  const open = xml.slice(0, gt + 1).replace(/\sr="\d+"/, ` r="${to}"`);
  const rest = xml.slice(gt + 1);
  const cells = rest.replace(CELL, (cell, p: string, attributes: string, close: string, inner: string | undefined) => {
    const ref = /\sr="([A-Za-z]+)\d+"/.exec(attributes);
    const moved = ref ? attributes.replace(/\sr="([A-Za-z]+)\d+"/, ` r="${ref[1]}${to}"`) : attributes;
    if (inner === undefined) return `<${p}c${moved}${close}`;
    const f = FORMULA.exec(inner);
    if (!f) return `<${p}c${moved}>${inner}</${p}c>`;
    const fp = f[1]!;
    const fAttributes = f[2]!;
    let text = f[3] !== undefined ? decodeXmlText(f[3]) : '';
    let kept = fAttributes;
    if (/\st="shared"/.test(fAttributes)) {
      const si = /\ssi="(\d+)"/.exec(fAttributes)?.[1];
      const master = si === undefined ? undefined : masters.get(si);
      if (!text && master && ref) text = mapFormulaReferences(master.text, offsetBy(sourceRowOf(cell) - master.row, columnOfReference(ref[1]!) + 1 - master.col));
      kept = fAttributes.replace(/\s(t|si|ref)="[^"]*"/g, '');
    } else if (/\st="array"/.test(fAttributes)) {
      kept = fAttributes.replace(/\sref="([^"]*)"/, (_, range: string) => ` ref="${mapFormulaReferences(range, shift)}"`);
    }
    // A reference to a removed cell, or a range that gained or lost rows, changes the formula's value: its cached one is dropped.
    let stale = false;
    const shifted = mapFormulaReferences(text, (r) => {
      const change = shift(r);
      if (change === 'gone' || (change !== null && r.last && change.last && Math.abs(change.last.row - change.first.row) !== Math.abs(r.last.row - r.first.row))) stale = true;
      return change;
    });
    const formula = text ? `<${fp}f${kept}>${escapeXml(shifted)}</${fp}f>` : f[0];
    let after = inner.slice(f.index + f[0].length);
    if (stale) after = after.replace(/<((?:\w+:)?)v\b[^>]*?(?:\/>|>[\s\S]*?<\/\1v>)/, '');
    return `<${p}c${stale ? moved.replace(/\st="(?:str|n|b|e)"/, '') : moved}>${inner.slice(0, f.index)}${formula}${after}</${p}c>`;
  });
  return open + cells;
}

/** The source row number a cell's reference names. */
function sourceRowOf(cell: string): number {
  return Number(/\sr="[A-Za-z]+(\d+)"/.exec(cell.slice(0, cell.indexOf('>')))?.[1] ?? 0);
}

/** A shared formula's text for a cell `rows` down and `cols` across from its first cell: relative references move with it. */
function offsetBy(rows: number, cols: number): (ref: FormulaReference) => ReferenceChange {
  return (ref) => {
    const move = (end: ReferenceEnd): ReferenceEnd => ({
      ...end,
      row: end.row > 0 && !end.rowAbsolute ? end.row + rows : end.row,
      col: end.col > 0 && !end.colAbsolute ? end.col + cols : end.col,
    });
    const first = move(ref.first);
    const last = ref.last ? move(ref.last) : null;
    const off = (was: ReferenceEnd, now: ReferenceEnd) => (was.row > 0 && now.row < 1) || (was.col > 0 && now.col < 1);
    if (off(ref.first, first) || (ref.last && last && off(ref.last, last))) return 'gone';
    return { first, last };
  };
}
