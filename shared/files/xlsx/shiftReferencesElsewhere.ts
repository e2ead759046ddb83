import { decodeXmlText } from './decodeXmlText';
import { escapeXml } from './escapeXml';
import { mapFormulaReferences, type FormulaReference, type ReferenceChange } from './mapFormulaReferences';
import { hasFormula, noteSharedFormulas, relocateRow, type SharedFormula } from './relocateRow';
import type { RowMove } from './rowMove';

/** References to sheets whose rows moved, adjusted; every other reference left as written. */
export function referencesToMoved(moves: ReadonlyMap<string, RowMove>): (ref: FormulaReference) => ReferenceChange {
  const byName = new Map([...moves].map(([name, move]) => [name.toLowerCase(), move]));
  return (ref) => (ref.sheet === null ? null : (byName.get(ref.sheet.toLowerCase())?.shift(ref) ?? null));
}

/** Whether a part's text names one of the moved sheets at all (most parts do not, and are copied as they are). */
export function mentionsAny(xml: string, names: readonly string[]): boolean {
  return names.some((name) => xml.includes(escapeXml(name)) || xml.includes(escapeXml(name.replace(/'/g, "''"))));
}

/**
 * Another worksheet's formulas that point into a sheet whose rows moved
 * (`=SUM(客户档案!D2:D5)` on a summary sheet), adjusted row by row; a formula
 * whose range gained or lost rows loses its cached value.
 */
export function shiftWorksheetReferences(xml: string, shift: (ref: FormulaReference) => ReferenceChange): string {
  const masters = new Map<string, SharedFormula>();
  return xml.replace(/<((?:\w+:)?)row\b[^>]*?(?:\/>|>[\s\S]*?<\/\1row>)/g, (row) => {
    noteSharedFormulas(row, masters);
    const number = Number(/\sr="(\d+)"/.exec(row.slice(0, row.indexOf('>')))?.[1] ?? 0);
    return number > 0 && hasFormula(row) ? relocateRow(row, number, shift, masters) : row;
  });
}

/** A chart's series ranges (`<c:f>`) or the workbook's defined names, adjusted. */
export function shiftElementReferences(xml: string, element: 'f' | 'definedName', shift: (ref: FormulaReference) => ReferenceChange): string {
  const pattern = new RegExp(`(<((?:\\w+:)?)${element}\\b[^>]*>)([^<]*)(</\\2${element}>)`, 'g');
  return xml.replace(pattern, (_, open: string, _p: string, text: string, close: string) => `${open}${escapeXml(mapFormulaReferences(decodeXmlText(text), shift))}${close}`);
}
