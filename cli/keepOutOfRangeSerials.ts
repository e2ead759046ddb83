/**
 * exceljs turns a date-formatted number into a Date while it loads a
 * workbook, and a serial beyond any real date (1e9) into an Invalid Date
 * (or a year past 9999), losing the number: `check` then printed "0NaN-NaN-NaN" and `fix` wrote the
 * cell back empty. Here, such a serial stays the number it is, so the core
 * reports it as an unreadable date (an error) and every output keeps it.
 * Node only: the command line loads exceljs's own modules, of which this
 * is one (lib/utils/utils.js, `excelToDate`).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs's internal module has no typings or ESM entry
const utils = require('exceljs/lib/utils/utils') as { excelToDate(v: number, date1904?: boolean): Date | number; keepsSerials?: boolean };

if (!utils.keepsSerials) {
  const excelToDate = utils.excelToDate.bind(utils);
  utils.excelToDate = (v: number, date1904?: boolean) => {
    // Excel's own dates run from serial 0 to 2958465 (9999-12-31); beyond is no date Excel shows.
    if (!(v >= 0 && v < 2_958_466)) return v;
    const date = excelToDate(v, date1904);
    return date instanceof Date && Number.isNaN(date.getTime()) ? v : date;
  };
  utils.keepsSerials = true;
}

export {};
