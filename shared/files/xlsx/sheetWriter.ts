import { isCellError, sameCellValue, type CellValue } from '../../core/cell';
import { isFormulaLike } from '../../core/output/neutralizeFormula';
import type { CellMark, MarkSeverity } from '../../core/port/workbookPort';
import type { MemorySheet } from '../../memory/memoryWorkbook';
import { columnLetters, columnOfReference } from './cellReference';
import { entryText } from './entryText';
import { escapeXml } from './escapeXml';
import { mapFormulaReferences } from './mapFormulaReferences';
import { hasFormula, noteSharedFormulas, relocateRow, type SharedFormula } from './relocateRow';
import { rowMoveOf, type RowMove } from './rowMove';
import { encodeOoxmlEscapes } from './ooxmlEscapes';
import type { SharedStringsOut } from './sharedStringsOut';
import type { StyleBook, StyleChange } from './styleBook';
import type { ZipEntry } from './zipEntries';

const MARK_FILLS: Record<MarkSeverity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', stale: 'FFE7E6E6', info: 'FFDDEBF7' };
const DATE_FORMAT = 'yyyy-mm-dd';
const DAY_MS = 86_400_000;
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
/** Elements that follow sheetData, in the order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99). */
const AFTER_SHEET_DATA = ['sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export interface SheetSource {
  readonly bytes: Uint8Array;
  readonly entry: ZipEntry;
  /** The sheet's rows as read: a row still the same array is unchanged, and its XML is copied as it was. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface SheetWriteContext {
  readonly styles: StyleBook;
  /** Number format code of every style index of the source ('' General). */
  readonly styleFormats: readonly string[];
  readonly isDateStyle: readonly boolean[];
  readonly strings: SharedStringsOut;
  readonly date1904: boolean;
}

/** What the workbook writer must add beside the sheet. */
export interface SheetExtras {
  /** The sheet was rewritten and holds formulas, whose cached values may no longer hold: the workbook should recalculate on opening. */
  readonly hasFormulas: boolean;
  /** Where the source's rows went, when rows were inserted or removed (null: none moved, or a new sheet). */
  readonly move: RowMove | null;
  /** Notes to write as a comments part, with the r:id the sheet's legacyDrawing names (null: none). */
  readonly notes: CellMark[];
  readonly legacyDrawingId: string | null;
}

/**
 * Writes one worksheet's XML in pieces. From a source sheet: everything
 * around sheetData (views, widths, merges, validation, conditional formats,
 * drawings…) as it was; each row still the array that was read is copied
 * as its original XML (formulas, styles and all); a changed row is written
 * anew, cell by cell, keeping each unchanged cell's XML and each cell's
 * style. A sheet Dossier added is written whole.
 */
export function writeSheetXml(sheet: MemorySheet, source: SheetSource | null, context: SheetWriteContext, write: (text: string) => void, extras: { notesId: string | null }): SheetExtras {
  const layout = new SheetLayout(sheet, context);
  const notes = sheet.marks.filter((m) => m.note);
  let legacyDrawingId: string | null = null;
  const suffixFor = (suffix: string) => {
    let out = suffix;
    if (sheet.protection && !/<(?:\w+:)?sheetProtection\b/.test(out)) {
      out = insertInOrder(out, 'sheetProtection', '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" insertRows="0" deleteRows="0" sort="0" autoFilter="0"/>');
    }
    const lists = sheet.columnFormats.filter((f) => f.list && f.list.length > 0);
    if (lists.length > 0) {
      const rules = lists
        .map((f) => {
          const col = columnLetters(f.col);
          return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${col}${f.fromRow + 1}:${col}1048576"><formula1>${escapeXml(`"${f.list!.map((v) => v.replace(/"/g, '""')).join(',')}"`)}</formula1></dataValidation>`;
        })
        .join('');
      const existing = /<((?:\w+:)?dataValidations)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(out);
      if (existing) {
        const count = (existing[3]?.match(/<(?:\w+:)?dataValidation\b/g) ?? []).length + lists.length;
        out = out.slice(0, existing.index) + `<dataValidations count="${count}">${existing[3] ?? ''}${rules}</dataValidations>` + out.slice(existing.index + existing[0].length);
      } else out = insertInOrder(out, 'dataValidations', `<dataValidations count="${lists.length}">${rules}</dataValidations>`);
    }
    if (notes.length > 0 && extras.notesId && !/<(?:\w+:)?legacyDrawing\b/.test(out)) {
      legacyDrawingId = extras.notesId;
      out = insertInOrder(out, 'legacyDrawing', `<legacyDrawing r:id="${extras.notesId}"/>`);
    }
    return out;
  };

  if (!source) {
    write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="${layout.dimension()}"/><sheetViews><sheetView workbookViewId="0">${pane(sheet.frozenRows)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${layout.cols()}<sheetData>`);
    for (let r = 0; r < sheet.values.length; r++) write(layout.newRow(r, null, null));
    write('</sheetData>');
    write(suffixFor('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'));
    return { notes: legacyDrawingId ? notes : [], legacyDrawingId, hasFormulas: false, move: null };
  }
  // Rows inserted or removed (a merge, an import above a totals row): each source row goes where its row went, formulas adjusted.
  const move = rowMoveOf(sheet.origin, source.rows.length, sheet.name);
  const masters = new Map<string, SharedFormula>();
  let hasFormulas = false;

  // Streams the source: prefix (up to sheetData), rows, suffix.
  let phase: 'prefix' | 'rows' | 'suffix' = 'prefix';
  let buf = '';
  let p = '';
  let rowOpen = '';
  let rowClose = '';
  let nextRow = 0;
  let lastIndex = -1;
  const upTo = (index: number) => {
    for (; nextRow < Math.min(index, sheet.values.length); nextRow++) write(layout.newRow(nextRow, null, null));
  };
  entryText(source.bytes, source.entry, source.entry.size, (text) => {
    buf += text;
    if (phase === 'prefix') {
      const m = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(buf);
      if (!m) return;
      p = m[1]!;
      rowOpen = `<${p}row`;
      rowClose = `</${p}row>`;
      write(layout.prefix(buf.slice(0, m.index), p));
      write(`<${p}sheetData>`);
      buf = buf.slice(m.index + m[0].length);
      if (m[2]) {
        buf = `</${p}sheetData>${buf}`;
      }
      phase = 'rows';
    }
    if (phase === 'rows') {
      let at = 0;
      const dataClose = `</${p}sheetData`;
      // Searched once per piece: it is in the last piece only.
      const close = buf.indexOf(dataClose);
      for (;;) {
        const start = buf.indexOf(rowOpen, at);
        if (close >= 0 && (start < 0 || close < start)) {
          const gt = buf.indexOf('>', close);
          if (gt < 0) break;
          buf = buf.slice(gt + 1);
          at = 0;
          phase = 'suffix';
          break;
        }
        if (start < 0) {
          // Keep what may be the start of a row tag cut in two.
          at = Math.max(at, buf.lastIndexOf('<'));
          break;
        }
        const gt = buf.indexOf('>', start);
        if (gt < 0) {
          at = start;
          break;
        }
        const empty = buf[gt - 1] === '/';
        const end = empty ? gt + 1 : buf.indexOf(rowClose, gt);
        if (end < 0) {
          at = start;
          break;
        }
        const rowXml = empty ? buf.slice(start, end) : buf.slice(start, end + rowClose.length);
        const rAttribute = /\sr="(\d+)"/.exec(buf.slice(start, gt));
        const index = rAttribute ? Number(rAttribute[1]) - 1 : lastIndex + 1;
        lastIndex = index;
        at = start + rowXml.length;
        if (move.identity) {
          if (index < nextRow) continue; // rows out of order: the first one kept
          upTo(index);
          if (index >= sheet.values.length) continue; // a row the workbook no longer has (removed)
          if (!hasFormulas && hasFormula(rowXml)) hasFormulas = true;
          write(layout.sourceRow(index, rowXml, source.rows[index], p));
          nextRow = index + 1;
          continue;
        }
        noteSharedFormulas(rowXml, masters);
        const to = index < source.rows.length ? move.targetOf(index) : -1;
        if (to < nextRow) continue; // removed, or out of order
        upTo(to);
        const relocated = relocateRow(rowXml, to + 1, (r) => move.shift(r), masters);
        if (!hasFormulas && hasFormula(relocated)) hasFormulas = true;
        write(layout.sourceRow(to, relocated, source.rows[index], p));
        nextRow = to + 1;
      }
      if (phase === 'rows') buf = at > 0 ? buf.slice(at) : buf;
    }
  });
  if ((phase as string) !== 'suffix') throw new Error(`${source.entry.name}: sheetData does not end`);
  upTo(sheet.values.length);
  write(`</${p}sheetData>`);
  write(suffixFor(move.identity ? buf : shiftRanges(buf, move)));
  return { notes: legacyDrawingId ? notes : [], legacyDrawingId, hasFormulas, move: move.identity ? null : move };
}

/** The styles and cells of a sheet as written. */
class SheetLayout {
  private readonly marks = new Map<number, CellMark>();
  private readonly markedRows = new Set<number>();
  private readonly tableFonts = new Map<number, 'bold' | 'title'>();
  private readonly columnFormat: (string | undefined)[] = [];
  private readonly columnFrom: number[] = [];
  private readonly styledRowsFrom: number;
  private readonly headerRows: number | undefined;

  constructor(
    private readonly sheet: MemorySheet,
    private readonly context: SheetWriteContext,
  ) {
    for (const mark of sheet.marks) {
      this.marks.set(mark.row * 16384 + mark.col, mark);
      this.markedRows.add(mark.row);
    }
    for (const { row, table } of sheet.tables) {
      const headerRow = row + (table.title ? 1 : 0);
      this.tableFonts.set(headerRow, 'bold');
      if (table.title) this.tableFonts.set(row, 'title');
      if (table.totalsRow !== undefined) this.tableFonts.set(headerRow + 1 + table.totalsRow, 'bold');
    }
    let from = Infinity;
    for (const f of sheet.columnFormats) {
      if (f.numberFormat) {
        this.columnFormat[f.col] = f.numberFormat;
        this.columnFrom[f.col] = f.fromRow;
        from = Math.min(from, f.fromRow);
      }
    }
    this.headerRows = sheet.protection?.headerRows;
    this.styledRowsFrom = this.headerRows !== undefined ? 0 : from;
  }

  dimension(): string {
    let cols = 1;
    for (const row of this.sheet.values) if (row.length > cols) cols = row.length;
    return `A1:${columnLetters(cols - 1)}${Math.max(1, this.sheet.values.length)}`;
  }

  /** Column styles of a new sheet: formats and unlocking reach cells typed later too. */
  cols(): string {
    const cols: string[] = [];
    const count = Math.max(this.columnFormat.length, this.headerRows !== undefined ? this.width() : 0);
    for (let c = 0; c < count; c++) {
      const change: StyleChange = { numFmt: this.columnFormat[c], unlocked: this.headerRows !== undefined };
      if (change.numFmt === undefined && !change.unlocked) continue;
      cols.push(`<col min="${c + 1}" max="${c + 1}" width="13" style="${this.context.styles.styleOf(0, change)}" customWidth="1"/>`);
    }
    return cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '';
  }

  /** The source's XML before sheetData, with the dimension and frozen rows as the workbook has them. */
  prefix(xml: string, p: string): string {
    let out = xml.replace(/(<(?:\w+:)?dimension\b[^>]*\sref=")[^"]*"/, `$1${this.dimension()}"`);
    if (this.sheet.frozenRows > 0 && !/<(?:\w+:)?pane\b/.test(out)) {
      const view = /<((?:\w+:)?sheetView)\b([^>]*?)(\/?)>/.exec(out);
      if (view) {
        const inner = pane(this.sheet.frozenRows).replace(/<(\/?)(pane|selection)\b/g, `<$1${p}$2`);
        const replaced = view[3] ? `<${view[1]}${view[2]}>${inner}</${view[1]}>` : `<${view[1]}${view[2]}>${inner}`;
        // An existing selection would precede the pane; it is dropped (Excel puts the cursor back at A2).
        out = out.slice(0, view.index) + replaced + out.slice(view.index + view[0].length).replace(/^(\s*<(?:\w+:)?selection\b[^>]*\/>)+/, '');
      }
    }
    return out;
  }

  /** A source row: its XML as it was when the row is the one read and nothing restyles it; else rewritten. */
  sourceRow(r: number, xml: string, read: readonly CellValue[] | undefined, p: string): string {
    const row = this.sheet.values[r]!;
    if (row === read && !this.restyles(r)) return xml;
    return this.newRow(r, xml, read ?? null, p);
  }

  /** A row written anew; a source row's unchanged cells keep their XML and every cell its style. */
  newRow(r: number, xml: string | null, read: readonly CellValue[] | null, p = ''): string {
    const row = this.sheet.values[r]!;
    const raw: string[] = [];
    let open = `<${p}row r="${r + 1}">`;
    if (xml !== null) {
      const gt = xml.indexOf('>');
      const startTag = xml.slice(0, gt + 1);
      open = (startTag.endsWith('/>') ? `${startTag.slice(0, -2)}>` : startTag).replace(/\sspans="[^"]*"/, '').replace(/\sr="\d+"/, ` r="${r + 1}"`);
      const cells = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
      let m: RegExpExecArray | null;
      let col = -1;
      while ((m = cells.exec(xml))) {
        const ref = /\sr="([A-Za-z]+)\d*"/.exec(m[0].slice(0, m[0].indexOf('>')));
        col = ref ? columnOfReference(ref[1]!) : col + 1;
        raw[col] = m[0];
      }
    }
    const width = Math.max(row.length, raw.length);
    let out = open;
    for (let c = 0; c < width; c++) out += this.cell(r, c, row[c] ?? null, raw[c], read ? (read[c] ?? null) : null, p);
    return `${out}</${p}row>`;
  }

  private cell(r: number, c: number, value: CellValue, raw: string | undefined, read: CellValue, p: string): string {
    const base = raw === undefined ? 0 : Number(/\ss="(\d+)"/.exec(raw.slice(0, raw.indexOf('>')))?.[1] ?? 0);
    const style = this.styleFor(r, c, value, base);
    if (raw !== undefined && sameCellValue(value, read)) {
      if (style === base) return raw;
      return raw.replace(/^(<(?:\w+:)?c\b[^>]*?)(\ss="\d+")?(\s*\/?>)/, `$1 s="${style}"$3`);
    }
    const ref = `${columnLetters(c)}${r + 1}`;
    const s = style === 0 ? '' : ` s="${style}"`;
    if (value === null || value === '') return style === 0 ? '' : `<${p}c r="${ref}"${s}/>`;
    // A string cell is text as it stands (a formula is an <f> element): no apostrophe goes into the value; formula-like text gets the text format (styleFor).
    if (typeof value === 'string') return `<${p}c r="${ref}"${s} t="s"><${p}v>${this.context.strings.indexOf(value)}</${p}v></${p}c>`;
    if (typeof value === 'number') return Number.isFinite(value) ? `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>` : `<${p}c r="${ref}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    if (value instanceof Date) return `<${p}c r="${ref}"${s}><${p}v>${value.getTime() / DAY_MS + (this.context.date1904 ? 24_107 : 25_569)}</${p}v></${p}c>`;
    if (isCellError(value)) return `<${p}c r="${ref}"${s} t="e"><${p}v>${escapeXml(encodeOoxmlEscapes(value.error))}</${p}v></${p}c>`;
    return '';
  }

  /** The style a cell is written with: its own, changed where the workbook asks for a format, a mark, bold or an unlocked cell. */
  private styleFor(r: number, c: number, value: CellValue, base: number): number {
    const own = this.context.styleFormats[base] ?? '';
    // Formula-like text is in the text format ('@'), so an edit in Excel keeps it text instead of running it.
    const wanted = (typeof value === 'string' && isFormulaLike(value) ? '@' : '') || this.sheet.formats[r]?.[c] || (r >= (this.columnFrom[c] ?? Infinity) ? this.columnFormat[c] : undefined) || (value instanceof Date && !this.context.isDateStyle[base] ? DATE_FORMAT : own);
    const mark = this.marks.get(r * 16384 + c);
    const font = this.tableFonts.get(r);
    const unlocked = this.headerRows !== undefined && r >= this.headerRows;
    if (wanted === own && !mark && !font && !unlocked) return base;
    return this.context.styles.styleOf(base, { numFmt: wanted === own ? undefined : wanted, fill: mark ? MARK_FILLS[mark.severity] : undefined, font, unlocked });
  }

  /** Whether a row's cells take a style the source did not give them. */
  private restyles(r: number): boolean {
    return r >= this.styledRowsFrom || this.tableFonts.has(r) || this.markedRows.has(r);
  }

  private width(): number {
    let cols = 0;
    for (const row of this.sheet.values) if (row.length > cols) cols = row.length;
    return cols;
  }
}

/**
 * The sheet's own ranges after its rows moved: merged cells, conditional
 * formats, validation, hyperlinks, the filter. The formulas of conditional
 * formats and validation are relative to their range's first cell and move
 * with it, so they stay as written.
 */
function shiftRanges(suffix: string, move: RowMove): string {
  return suffix.replace(/(<(?:\w+:)?(?:mergeCell|conditionalFormatting|dataValidation|hyperlink|autoFilter|protectedRange)\b[^>]*?\s(?:sqref|ref)=")([^"]*)"/g, (_, head: string, list: string) => {
    const ranges = list.split(/\s+/).map((range) => mapFormulaReferences(range, (r) => move.shift(r))).filter((r) => r !== '#REF!');
    return `${head}${ranges.length > 0 ? ranges.join(' ') : list}"`;
  });
}

function pane(rows: number): string {
  if (rows <= 0) return '';
  const cell = `A${rows + 1}`;
  return `<pane ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`;
}

/** Puts an element into the XML after sheetData, before the first element that must follow it. */
function insertInOrder(suffix: string, name: string, xml: string): string {
  const after = AFTER_SHEET_DATA.slice(AFTER_SHEET_DATA.indexOf(name) + 1);
  let at = -1;
  for (const follower of after) {
    const m = new RegExp(`<(?:\\w+:)?${follower}\\b`).exec(suffix);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = suffix.search(/<\/(?:\w+:)?worksheet>/);
  if (at < 0) at = suffix.length;
  return suffix.slice(0, at) + xml + suffix.slice(at);
}
