import { DossierError } from '../errors';
import { templateSchema, type Template } from './templateSchema';

/**
 * Reads a user's template (`--template FILE`, or the copy kept in the
 * workbook). It is checked by the same schema as the default one, plus the
 * references the schema cannot see, and every problem is named in one
 * sentence a user can act on.
 */
export function parseTemplate(json: unknown): Template {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
    const problem = issue?.message ?? 'unknown problem';
    throw new DossierError('template.invalid', {
      en: `The template is not valid${where}: ${problem}.`,
      zh: `模板无效${where ? `（位置 ${issue!.path.join('.')}）` : ''}：${problem}。`,
    });
  }
  const template = parsed.data;
  const keys = new Set<string>();
  for (const field of template.fields) {
    if (keys.has(field.key)) throw new DossierError('template.invalid', { en: `The template defines the field "${field.key}" twice.`, zh: `模板重复定义了字段"${field.key}"。` });
    keys.add(field.key);
    if (field.type === 'enum' && !field.options?.length) {
      throw new DossierError('template.invalid', { en: `The template's field "${field.key}" is a list of choices but has no options.`, zh: `模板字段"${field.key}"是选项字段，但没有选项。` });
    }
  }
  for (const field of template.fields) {
    if (field.notBefore && !keys.has(field.notBefore)) {
      throw new DossierError('template.invalid', { en: `The template's field "${field.key}" refers to an unknown field "${field.notBefore}".`, zh: `模板字段"${field.key}"引用了不存在的字段"${field.notBefore}"。` });
    }
  }
  for (const rule of template.rules) {
    for (const key of rule.fields) {
      if (!keys.has(key)) throw new DossierError('template.invalid', { en: `A rule of the template refers to an unknown field "${key}".`, zh: `模板规则引用了不存在的字段"${key}"。` });
    }
  }
  return template;
}
