import { parseTemplate } from '../core/template/parseTemplate';
import type { Template } from '../core/template/templateSchema';
import type { TemplateEdit } from './commandApi';
import { keyForLabel } from './templateProblems';

/** The template's fields as the editor shows them. */
export function templateEditOf(template: Template): TemplateEdit {
  return {
    fields: template.fields.map((f) => ({ key: f.key, label: { ...f.label }, required: f.required, type: f.type, ...(f.type === 'enum' ? { options: (f.options ?? []).map((o) => o.value) } : {}) })),
  };
}

/**
 * The template with the editor's changes: names, required flags and dropdown
 * lists of existing fields (a kept choice keeps its labels and spellings; a
 * new one is its own label), and new text fields at the end. Validated by the
 * template's own schema.
 */
export function templateFromEdit(template: Template, edit: TemplateEdit): Template {
  const byKey = new Map(edit.fields.filter((f) => !f.added).map((f) => [f.key, f]));
  const fields = template.fields.map((field) => {
    const e = byKey.get(field.key);
    if (!e) return field;
    const options = field.type === 'enum' && e.options
      ? e.options.map((v) => v.trim()).filter((v) => v !== '').map((value) => field.options?.find((o) => o.value === value) ?? { value, label: { en: value, zh: value }, accept: [] })
      : field.options;
    return { ...field, label: { en: e.label.en.trim(), zh: e.label.zh.trim() }, required: e.required, ...(options ? { options } : {}) };
  });
  for (const e of edit.fields.filter((f) => f.added)) {
    fields.push({ key: keyForLabel(e.label.en), label: { en: e.label.en.trim(), zh: e.label.zh.trim() }, synonyms: [], type: 'text', match: 'none', required: e.required, unique: false } as Template['fields'][number]);
  }
  return parseTemplate({ ...template, fields });
}
