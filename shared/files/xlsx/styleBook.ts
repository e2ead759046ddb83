import { escapeXml } from './escapeXml';

/** What Dossier may add to a cell's own style. */
export interface StyleChange {
  readonly numFmt?: string;
  /** A solid fill, ARGB. */
  readonly fill?: string;
  readonly font?: 'bold' | 'title';
  readonly unlocked?: boolean;
}

/** Built-in number format ids by code, so a cell formatted "0" keeps id 1 rather than a custom copy. */
const BUILT_IN_IDS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, 'mm-dd-yy': 14, 'd-mmm-yy': 15, 'h:mm': 20, 'h:mm:ss': 21, '@': 49 };

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * A workbook's styles.xml with the styles Dossier adds to it: each new
 * style is a copy of the cell's own (its font, border, alignment kept)
 * with only the number format, fill, font weight or lock changed, made once
 * per combination and appended, so every existing style index stays valid.
 */
export class StyleBook {
  private readonly codes = new Map<string, number>();
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly fonts: string[];
  private readonly newFonts: string[] = [];
  private readonly fills: string[];
  private readonly newFills: string[] = [];
  private readonly xfs: string[];
  private readonly made = new Map<string, number>();
  private readonly fontMade = new Map<string, number>();
  private readonly fillMade = new Map<string, number>();

  constructor(private readonly xml: string) {
    for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
      const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1]);
      const code = decode(/formatCode="([^"]*)"/.exec(m[0])?.[1] ?? '');
      this.codes.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.fonts = elements(block(xml, 'fonts'), 'font');
    this.fills = elements(block(xml, 'fills'), 'fill');
    this.xfs = elements(block(xml, 'cellXfs'), 'xf');
    if (this.xfs.length === 0) this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** Whether anything was added (else the part is copied as it was). */
  get changed(): boolean {
    return this.made.size > 0;
  }

  /** The style index of `base` with the change made (base itself when nothing changes). */
  styleOf(base: number, change: StyleChange): number {
    const key = `${base}|${change.numFmt ?? ''}|${change.fill ?? ''}|${change.font ?? ''}|${change.unlocked ? 1 : 0}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0]!;
    if (change.numFmt !== undefined) xf = withAttributes(xf, { numFmtId: String(this.formatId(change.numFmt)), applyNumberFormat: '1' });
    if (change.fill !== undefined) xf = withAttributes(xf, { fillId: String(this.fillId(change.fill)), applyFill: '1' });
    if (change.font !== undefined) xf = withAttributes(xf, { fontId: String(this.fontId(Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0), change.font)), applyFont: '1' });
    if (change.unlocked) xf = withProtection(withAttributes(xf, { applyProtection: '1' }));
    this.xfs.push(xf);
    const index = this.xfs.length - 1;
    this.made.set(key, index);
    return index;
  }

  /** styles.xml with the additions, counts updated. */
  toXml(): string {
    let xml = this.xml;
    if (this.newFormats.length > 0) {
      const formats = this.newFormats.join('');
      xml = /<numFmts\b/.test(xml) ? appendTo(xml, 'numFmts', formats, 'numFmt') : xml.replace(/<fonts\b/, `<numFmts count="${this.newFormats.length}">${formats}</numFmts><fonts`);
    }
    if (this.newFonts.length > 0) xml = appendTo(xml, 'fonts', this.newFonts.join(''), 'font');
    if (this.newFills.length > 0) xml = appendTo(xml, 'fills', this.newFills.join(''), 'fill');
    const added = this.xfs.slice(this.xfs.length - this.made.size).join('');
    return appendTo(xml, 'cellXfs', added, 'xf');
  }

  private formatId(code: string): number {
    const id = BUILT_IN_IDS[code] ?? this.codes.get(code);
    if (id !== undefined) return id;
    const made = this.nextFormatId++;
    this.codes.set(code, made);
    this.newFormats.push(`<numFmt numFmtId="${made}" formatCode="${escapeXml(code)}"/>`);
    return made;
  }

  private fontId(base: number, font: 'bold' | 'title'): number {
    const key = `${base}|${font}`;
    const known = this.fontMade.get(key);
    if (known !== undefined) return known;
    let xml = this.fonts[base] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    if (xml.endsWith('/>')) xml = `${xml.slice(0, -2)}></font>`;
    xml = xml.replace(/<b\b[^>]*\/>/, '').replace(/^(<font\b[^>]*>)/, '$1<b/>');
    if (font === 'title') xml = /<sz\b/.test(xml) ? xml.replace(/<sz\b[^>]*\/>/, '<sz val="13"/>') : xml.replace('<b/>', '<b/><sz val="13"/>');
    this.newFonts.push(xml);
    const id = this.fonts.length + this.newFonts.length - 1;
    this.fontMade.set(key, id);
    return id;
  }

  private fillId(argb: string): number {
    const known = this.fillMade.get(argb);
    if (known !== undefined) return known;
    this.newFills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`);
    const id = this.fills.length + this.newFills.length - 1;
    this.fillMade.set(argb, id);
    return id;
  }
}

/** The inside of the first <name …>…</name> block, '' when absent. */
function block(xml: string, name: string): string {
  const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  return m?.[1] ?? '';
}

/** The top-level <name> elements of a block, each as its text. */
function elements(inner: string, name: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${name}\\b`, 'g');
  let m: RegExpExecArray | null;
  while ((m = open.exec(inner))) {
    const gt = inner.indexOf('>', m.index);
    if (inner[gt - 1] === '/') {
      out.push(inner.slice(m.index, gt + 1));
      open.lastIndex = gt + 1;
      continue;
    }
    const close = inner.indexOf(`</${name}>`, gt);
    out.push(inner.slice(m.index, close + name.length + 3));
    open.lastIndex = close + name.length + 3;
  }
  return out;
}

/** Appends elements at the end of a block and adds their number to its count. */
function appendTo(xml: string, name: string, added: string, child: string): string {
  if (added === '') return xml;
  const n = (added.match(new RegExp(`<${child}\\b`, 'g')) ?? []).length;
  const re = new RegExp(`<${name}\\b([^>]*?)(/>|>([\\s\\S]*?)</${name}>)`);
  const m = re.exec(xml);
  if (!m) return xml.replace('</styleSheet>', `<${name} count="${n}">${added}</${name}></styleSheet>`);
  const attributes = m[1]!.replace(/\s*count="\d*"/, '');
  const count = Number(/count="(\d+)"/.exec(m[1]!)?.[1] ?? elements(m[3] ?? '', child).length) + n;
  return xml.slice(0, m.index) + `<${name}${attributes} count="${count}">${m[3] ?? ''}${added}</${name}>` + xml.slice(m.index + m[0].length);
}

function withAttributes(xf: string, attributes: Record<string, string>): string {
  const end = xf.indexOf('>');
  const selfClosing = xf[end - 1] === '/';
  let head = xf.slice(0, selfClosing ? end - 1 : end);
  for (const [name, value] of Object.entries(attributes)) {
    const re = new RegExp(`\\s${name}="[^"]*"`);
    head = re.test(head) ? head.replace(re, ` ${name}="${value}"`) : `${head} ${name}="${value}"`;
  }
  return head + xf.slice(selfClosing ? end - 1 : end);
}

function withProtection(xf: string): string {
  if (xf.endsWith('/>')) return `${xf.slice(0, -2)}><protection locked="0"/></xf>`;
  if (/<protection\b/.test(xf)) return xf.replace(/<protection\b[^>]*?\/?>(?:<\/protection>)?/, '<protection locked="0"/>');
  // protection follows alignment inside an xf.
  return xf.replace(/<\/xf>$/, '<protection locked="0"/></xf>');
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
