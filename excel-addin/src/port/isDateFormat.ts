/**
 * Whether an Excel number format shows a date, so a serial under it is a
 * date cell (`yyyy-mm-dd`, `m/d/yyyy`, `yyyy"年"m"月"d"日"`, `[$-804]dddd`).
 * Quoted text, escaped characters and bracketed sections (colours,
 * locales, conditions) are ignored; a day or year code makes it a date
 * (`m` alone could be minutes, `[h]:mm` is a duration).
 */
export function isDateFormat(format: string): boolean {
  if (format === '' || format === 'General' || format === '@') return false;
  const section = format.split(';')[0] ?? '';
  const codes = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
  return /[dy]/i.test(codes);
}
