/** Built-in number formats that show a date: 14-22 and 45-47, and the East Asian 27-36 and 50-58 (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows its number as a date or time: a built-in
 * date id, or a code with a day, month, year, hour or second token outside
 * quoted text, escapes and [bracketed] colours and conditions ([h] and
 * [mm] are elapsed time, which counts).
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATES.has(id)) return true;
  if (code === undefined) return false;
  const section = code.split(';')[0]!;
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '').replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}
