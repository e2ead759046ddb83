const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const RUN = /[〇零一二两三四五六七八九十]+/gu;

/**
 * Chinese numerals in a date as digits: a year is written digit by digit
 * (`二〇二四` → `2024`), months and days with 十 (`十二` → 12,
 * `二十五` → 25, `三十一` → 31). Other text is left as it is.
 */
export function chineseNumeralsToDigits(text: string): string {
  return text.replace(RUN, (run) => {
    const ten = run.indexOf('十');
    if (ten < 0) return Array.from(run, (c) => String(DIGITS[c])).join('');
    // At most one 十, with at most one digit on either side: 十, 十二, 二十, 二十五.
    if (run.indexOf('十', ten + 1) >= 0 || ten > 1 || run.length - ten > 2) return run;
    const tens = ten === 0 ? 1 : DIGITS[run[0]!]!;
    const ones = ten === run.length - 1 ? 0 : DIGITS[run[ten + 1]!]!;
    return String(tens * 10 + ones);
  });
}
