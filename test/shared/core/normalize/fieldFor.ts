import { defaultTemplate } from '../../../../shared/core/template/defaultTemplate';
import type { TemplateField } from '../../../../shared/core/template/templateSchema';
import type { NormalizeContext } from '../../../../shared/core/normalize/normalized';

/** The default template's field for a key (tests exercise the real template data). */
export function fieldFor(key: string): TemplateField {
  const field = defaultTemplate.fields.find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

export const chinaContext: NormalizeContext = { region: 'CN', today: '2026-11-22', ambiguousDateOrder: null };
