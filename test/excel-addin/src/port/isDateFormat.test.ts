import { isDateFormat } from '../../../../excel-addin/src/port/isDateFormat';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'm/d/yyyy', 'd-mmm-yy', 'yyyy"年"m"月"d"日"', '[$-804]dddd', 'yyyy-mm-dd hh:mm', '[Red]yyyy/mm/dd'])('%s shows a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });
  it.each(['', 'General', '@', '0', '#,##0.00', '0.00%', 'hh:mm', '[h]:mm:ss', '"day"0', '\\d0', '[$¥-804]#,##0'])('%s does not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
