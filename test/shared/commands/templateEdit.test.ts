import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { templateProblems } from '../../../shared/commands/templateProblems';
import { MemoryWorkbook } from '../../../shared/memory/memoryWorkbook';

const env = { today: () => '2026-11-22', now: () => '2026-11-22T10:00:00Z', lang: 'en' as const };
const setup = () => {
  const wb = MemoryWorkbook.fromSheets([{ name: 'Customers', values: [['Name', 'Phone', 'Grade'], ['张伟', '13812345678', 'A']] }]);
  return { wb, api: createCoreCommands(wb, env) };
};

describe('the template editor', () => {
  it('renames a field, makes it required, edits a dropdown and adds a text field, all kept in the workbook', async () => {
    const { api } = setup();
    const edit = await api.getTemplate!();
    const grade = edit.fields.findIndex((f) => f.key === 'grade');
    expect(edit.fields[grade]!.options).toContain('A');
    const fields = edit.fields.map((f, i) => (i === grade ? { ...f, label: { en: 'Tier', zh: '等级' }, required: true, options: ['A', 'B', 'VIP'] } : f));
    fields.push({ key: '', label: { en: 'WeChat ID', zh: '微信号' }, required: false, type: 'text', added: true });
    const saved = await api.saveTemplate!({ fields });
    expect(saved.fields.find((f) => f.key === 'grade')).toMatchObject({ label: { en: 'Tier', zh: '等级' }, required: true, options: ['A', 'B', 'VIP'] });
    expect(saved.fields.find((f) => f.key === 'wechat_id')).toMatchObject({ label: { en: 'WeChat ID', zh: '微信号' }, type: 'text' });
    // A fresh command set reads the same template from the workbook.
    expect((await api.getTemplate!()).fields.find((f) => f.key === 'wechat_id')).toBeTruthy();
  });

  it('says what to do, in both languages, and saves nothing while a problem remains', async () => {
    const { api } = setup();
    const edit = await api.getTemplate!();
    const broken = { fields: edit.fields.map((f) => (f.key === 'name' ? { ...f, label: { en: '', zh: '姓名' } } : f.key === 'grade' ? { ...f, options: [] } : f)) };
    const problems = templateProblems(broken);
    expect(problems.map((p) => p.message.en)).toEqual(['Give the field a name in both English and Chinese.', 'A dropdown needs at least one choice: one per line.']);
    expect(problems.map((p) => p.message.zh)).toEqual(['请为此字段填写英文和中文名称。', '下拉列表至少需要一个选项，每行一个。']);
    await expect(api.saveTemplate!(broken)).rejects.toThrow(/Give the field a name/);
    expect(await api.getTemplate!()).toEqual(edit);
  });

  it('refuses a name two fields would share', () => {
    const problems = templateProblems({ fields: [{ key: 'a', label: { en: 'Phone', zh: '电话' }, required: false, type: 'text' }, { key: 'b', label: { en: 'phone', zh: '手机' }, required: false, type: 'text' }] });
    expect(problems).toEqual([{ field: 1, message: { en: '"phone" is already the name of another field; choose another name.', zh: '"phone"已是另一个字段的名称，请换一个名称。' } }]);
  });
});
