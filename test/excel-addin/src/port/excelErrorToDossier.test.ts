import { excelErrorToDossier } from '../../../../excel-addin/src/port/excelErrorToDossier';
import { DossierError } from '../../../../shared/core/errors';

describe('excelErrorToDossier', () => {
  it('turns Office.js error codes into sentences in both languages, keeping the code for support', () => {
    const error = excelErrorToDossier(Object.assign(new Error('Cell edit mode'), { code: 'InvalidOperationInCellEditMode', debugInfo: { errorLocation: 'Range.values' } }));
    expect(error.code).toBe('excel.InvalidOperationInCellEditMode');
    expect(error.messageIn('en')).toBe('Excel is editing a cell. Press Enter or Esc, then try again.');
    expect(error.messageIn('zh')).toMatch(/^Excel 正在编辑单元格/);
    expect(error.detail).toContain('InvalidOperationInCellEditMode');
    expect(error.detail).toContain('Range.values');
  });

  it('gives unknown failures a plain sentence and passes DossierErrors through', () => {
    expect(excelErrorToDossier(new TypeError('x is undefined')).messageIn('en')).toBe('Excel reported a problem and nothing more was changed. Try again.');
    const own = new DossierError('sheet.notFound', 'There is no sheet named "A".');
    expect(excelErrorToDossier(own)).toBe(own);
  });
});
