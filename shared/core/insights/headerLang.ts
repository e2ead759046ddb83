import type { CellValue } from '../cell';
import type { Lang } from '../i18n/lang';

/**
 * The language a sheet's header is written in: Chinese when most of its
 * text cells carry Han characters, English when most are Latin, null when
 * the header says nothing (empty, numbers only, or evenly mixed).
 */
export function headerLang(header: readonly CellValue[]): Lang | null {
  let han = 0;
  let latin = 0;
  for (const cell of header) {
    if (typeof cell !== 'string') continue;
    if (/\p{Script=Han}/u.test(cell)) han++;
    else if (/[A-Za-z]/.test(cell)) latin++;
  }
  if (han > latin) return 'zh';
  if (latin > han) return 'en';
  return null;
}
