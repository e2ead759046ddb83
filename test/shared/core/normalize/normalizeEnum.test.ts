import { normalizeEnum } from '../../../../shared/core/normalize/normalizeEnum';
import type { CellValue } from '../../../../shared/core/cell';
import { cellToText } from '../../../../shared/core/normalize/cellToText';
import { chinaContext, fieldFor } from './fieldFor';

const run = (key: string, value: CellValue) => normalizeEnum(value, fieldFor(key), chinaContext);

describe('normalizeEnum', () => {
  it.each([
    ['gender', 'm', 'Male'], ['gender', '男', 'Male'], ['gender', 'FEMALE', 'Female'], ['gender', '女', 'Female'],
    ['grade', 'b', 'B'], ['grade', 'Ｂ', 'B'], ['grade', 'A级', 'A'],
    ['stage', '流失风险', 'At risk'], ['stage', 'at  risk', 'At risk'], ['source', '官网', 'Website'], ['source', 'wechat', 'Social media'],
    ['consent', '是', 'Yes'], ['consent', true, 'Yes'], ['consent', 0, 'No'],
  ])('%s %s → %s', (key, input, canonical) => {
    expect(run(key, input)).toEqual({ status: 'reformat', value: canonical, suggestion: canonical, written: cellToText(input) });
  });
  it('accepts the canonical value', () => {
    expect(run('stage', 'At risk')).toEqual({ status: 'ok', value: 'At risk' });
  });
  it('rejects values outside the list and names the choices', () => {
    expect(run('grade', 'Platinum')).toEqual({ status: 'invalid', code: 'enum.unknown', params: { allowed: 'A, B, C, D' } });
  });
});
