import { isDateFormat } from './isDateFormat';
import { readXmlEntry } from './readXmlEntry';
import type { ZipEntry } from './zipEntries';

/** Built-in format codes Dossier hands on as a cell's format (ECMA-376 Part 1, 18.8.30); others read as their id's code when the file names one. */
const BUILT_IN_CODES: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Per cell style (the `s` of a cell): its number format's code ('' for General) and whether that shows a date. */
export interface CellStyles {
  readonly formats: string[];
  readonly isDate: boolean[];
}

/** Only what reading needs from styles.xml: each cellXfs entry's number format. */
export function readStyles(bytes: Uint8Array, entry: ZipEntry | undefined): CellStyles {
  const formats: string[] = [];
  const isDate: boolean[] = [];
  if (!entry) return { formats, isDate };
  const codes = new Map<number, string>();
  let inCellXfs = false;
  let done = false;
  readXmlEntry(
    bytes,
    entry,
    {
      open(name, a, selfClosing) {
        if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = !selfClosing;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          const code = codes.get(id) ?? BUILT_IN_CODES[id];
          formats.push(code === undefined || code === 'General' ? '' : code);
          isDate.push(isDateFormat(id, code));
        }
      },
      close(name) {
        if (name === 'cellXfs') {
          inCellXfs = false;
          done = true;
        }
      },
      text() {},
    },
    () => done,
  );
  return { formats, isDate };
}
