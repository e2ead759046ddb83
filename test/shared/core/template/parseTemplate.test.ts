import { DossierError } from '../../../../shared/core/errors';
import defaultJson from '../../../../shared/core/template/defaultTemplate.json';
import { parseTemplate } from '../../../../shared/core/template/parseTemplate';

const clone = () => JSON.parse(JSON.stringify(defaultJson));

describe('parseTemplate', () => {
  it('accepts a user template that adds, drops and renames fields', () => {
    const json = clone();
    json.fields = json.fields.filter((f: { key: string }) => f.key !== 'gender');
    json.fields.find((f: { key: string }) => f.key === 'name').label.en = 'Contact';
    json.fields.push({ key: 'member_no', label: { en: 'Member No', zh: '会员号' }, type: 'id', match: 'identifier' });
    json.settings.staleDays = 90;
    const template = parseTemplate(json);
    expect(template.fields.map((f) => f.key)).toContain('member_no');
    expect(template.fields.map((f) => f.key)).not.toContain('gender');
    expect(template.settings.staleDays).toBe(90);
    expect(template.fields.find((f) => f.key === 'member_no')!.synonyms).toEqual([]);
  });

  it('names the problem in a sentence in both languages', () => {
    const json = clone();
    json.fields[3].type = 'colour';
    let error: unknown;
    try {
      parseTemplate(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).messageIn('en')).toMatch(/^The template is not valid at fields\.3\.type/);
    expect((error as DossierError).messageIn('zh')).toMatch(/^模板无效/);
  });

  it('rejects references to fields that do not exist and fields defined twice', () => {
    const broken = clone();
    broken.fields.find((f: { key: string }) => f.key === 'last_purchase').notBefore = 'first_order';
    expect(() => parseTemplate(broken)).toThrow(/unknown field "first_order"/);
    const twice = clone();
    twice.fields.push(twice.fields[0]);
    expect(() => parseTemplate(twice)).toThrow(/defines the field "id" twice/);
    const rule = clone();
    rule.rules[0].fields = ['phone', 'wechat'];
    expect(() => parseTemplate(rule)).toThrow(/unknown field "wechat"/);
  });

  it('rejects what is not a template at all', () => {
    expect(() => parseTemplate(null)).toThrow(DossierError);
    expect(() => parseTemplate({ version: 2 })).toThrow(DossierError);
  });
});
