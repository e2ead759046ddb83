import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import { templateSchema } from '../../../../shared/core/template/templateSchema';

describe('defaultTemplate', () => {
  it('holds the 26 fields of template.md in order', () => {
    expect(defaultTemplate.fields.map((f) => f.key)).toEqual([
      'id', 'name', 'company', 'phone', 'email', 'gender', 'birthday', 'province', 'city', 'address',
      'source', 'owner', 'grade', 'stage', 'tags', 'first_purchase', 'last_purchase', 'orders',
      'total_spend', 'satisfaction', 'consent', 'last_contact', 'next_follow_up', 'created', 'updated', 'notes',
    ]);
  });

  it('gives every enum field options with labels in both languages', () => {
    for (const field of defaultTemplate.fields.filter((f) => f.type === 'enum')) {
      expect(field.options?.length).toBeGreaterThan(1);
      for (const option of field.options ?? []) {
        expect(option.label.en).toBeTruthy();
        expect(option.label.zh).toBeTruthy();
      }
    }
  });

  it('points every notBefore and rule at a field that exists', () => {
    const keys = new Set(defaultTemplate.fields.map((f) => f.key));
    for (const field of defaultTemplate.fields) if (field.notBefore) expect(keys).toContain(field.notBefore);
    for (const rule of defaultTemplate.rules) for (const key of rule.fields) expect(keys).toContain(key);
  });

  it('rejects a template with an unknown field type', () => {
    const broken = { ...defaultTemplate, fields: [{ ...defaultTemplate.fields[0], type: 'colour' }] };
    expect(templateSchema.safeParse(broken).success).toBe(false);
  });
});
