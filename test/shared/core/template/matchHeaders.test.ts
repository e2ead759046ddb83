import fc from 'fast-check';
import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { matchHeaders } from '../../../../shared/core/template/matchHeaders';

describe('matchHeaders', () => {
  it('maps English, Chinese and synonym headers in any order', () => {
    const mapping = matchHeaders(defaultTemplate, ['手机', 'Full name', '邮箱', 'Customer ID', 'Tier']);
    expect(mapping.columns).toEqual({ phone: 0, name: 1, email: 2, id: 3, grade: 4 });
  });

  it('ignores case, full width, white space and required markers', () => {
    const mapping = matchHeaders(defaultTemplate, ['ＭＯＢＩＬＥ', ' e-mail ', '*姓 名:', 'LAST   PURCHASE', 'province/state']);
    expect(mapping.columns).toEqual({ phone: 0, email: 1, name: 2, last_purchase: 3, province: 4 });
  });

  it('reports unknown, missing and duplicate columns without dropping any', () => {
    const mapping = matchHeaders(defaultTemplate, ['Name', '微信号', 'Phone', '手机号', null, '']);
    expect(mapping.unknown).toEqual([{ col: 1, header: '微信号' }]);
    expect(mapping.duplicates).toEqual([{ col: 3, header: '手机号', key: 'phone' }]);
    expect(mapping.missing).toContain('email');
    expect(mapping.missing).not.toContain('name');
    expect(mapping.missing).toHaveLength(defaultTemplate.fields.length - 2);
  });

  it('finds every field of the template from any of its labels', () => {
    const field = fc.constantFrom(...defaultTemplate.fields);
    fc.assert(
      fc.property(field, fc.nat(), (f, pick) => {
        const names = [f.label.en, f.label.zh, ...f.synonyms];
        const header = names[pick % names.length]!;
        const key = Object.keys(matchHeaders(defaultTemplate, [header]).columns)[0];
        // A synonym may be claimed by an earlier field; then it must at least map somewhere.
        expect(key).toBeDefined();
        if (pick % names.length < 2) expect(key).toBe(f.key);
      }),
    );
  });

  it('never throws on arbitrary header cells', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: true }), fc.constant({ error: '#N/A' }))), (row) => {
        const mapping = matchHeaders(defaultTemplate, row);
        expect(Object.keys(mapping.columns).length + mapping.unknown.length + mapping.duplicates.length).toBeLessThanOrEqual(row.length);
      }),
    );
  });
});
