import type { TemplateEdit } from './commandApi';

export interface TemplateProblem {
  /** Index of the field in the edit. */
  readonly field: number;
  readonly message: { readonly en: string; readonly zh: string };
}

/** A new field's key from its English name: lower_snake_case, as template keys are. */
export function keyForLabel(label: string): string {
  const key = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(key) ? key : `field_${key}`.replace(/_+$/, '');
}

/**
 * What is wrong with an edited template, field by field, in words saying
 * what to do: a missing name in either language, a name two fields share
 * (headers would be read as either), a dropdown without choices or with a
 * choice twice, a new field whose key clashes.
 */
export function templateProblems(edit: TemplateEdit): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const names = new Map<string, number>();
  const keys = new Set<string>();
  edit.fields.forEach((f, i) => {
    const en = f.label.en.trim();
    const zh = f.label.zh.trim();
    if (en === '' || zh === '') problems.push({ field: i, message: { en: 'Give the field a name in both English and Chinese.', zh: '请为此字段填写英文和中文名称。' } });
    for (const name of [en, zh]) {
      const folded = name.toLowerCase();
      if (folded === '') continue;
      const other = names.get(folded);
      if (other !== undefined && other !== i) problems.push({ field: i, message: { en: `"${name}" is already the name of another field; choose another name.`, zh: `"${name}"已是另一个字段的名称，请换一个名称。` } });
      else names.set(folded, i);
    }
    if (f.options !== undefined) {
      const values = f.options.map((o) => o.trim()).filter((o) => o !== '');
      if (values.length === 0) problems.push({ field: i, message: { en: 'A dropdown needs at least one choice: one per line.', zh: '下拉列表至少需要一个选项，每行一个。' } });
      const seen = new Set<string>();
      for (const v of values) {
        if (seen.has(v.toLowerCase())) problems.push({ field: i, message: { en: `"${v}" is listed twice in the dropdown.`, zh: `"${v}"在下拉列表中出现了两次。` } });
        seen.add(v.toLowerCase());
      }
    }
    const key = f.added ? keyForLabel(en) : f.key;
    if (f.added && keys.has(key)) problems.push({ field: i, message: { en: 'Another field already has this name; choose another English name.', zh: '已有同名字段，请换一个英文名称。' } });
    keys.add(key);
  });
  return problems;
}
