import { DossierError } from '../errors';
import type { Template } from '../template/templateSchema';

/**
 * A user's column overrides, `手机号码=phone,Org=company`: source header →
 * template key. `Header=` (nothing after `=`) leaves a column out on purpose.
 */
export function parseColumnMap(text: string, template: Template): Map<string, string | null> {
  const map = new Map<string, string | null>();
  const keys = new Set(template.fields.map((f) => f.key));
  for (const part of text.split(/[,，]/)) {
    if (part.trim() === '') continue;
    const at = part.lastIndexOf('=');
    const header = at < 0 ? '' : part.slice(0, at).trim();
    const key = at < 0 ? '' : part.slice(at + 1).trim();
    if (header === '') {
      throw new DossierError('import.badMap', { en: `"${part.trim()}" in --map should read Header=field, for example 手机号码=phone.`, zh: `--map 中的"${part.trim()}"应写成 表头=字段，例如 手机号码=phone。` });
    }
    if (key !== '' && !keys.has(key)) {
      throw new DossierError('import.unknownField', {
        en: `--map names the field "${key}", which the template does not have. Fields: ${[...keys].join(', ')}.`,
        zh: `--map 中的字段"${key}"不在模板中。可用字段：${[...keys].join(', ')}。`,
      });
    }
    map.set(header, key === '' ? null : key);
  }
  return map;
}
