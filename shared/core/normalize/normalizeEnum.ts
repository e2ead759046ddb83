import type { EnumOption, TemplateField } from '../template/templateSchema';
import type { FieldNormalizer } from './normalized';
import { cellToText } from './cellToText';
import { collapseSpaces } from './collapseSpaces';
import { foldWidth } from './foldWidth';
import { settle } from './settle';

/** Folded for comparison: width, spaces, case, and a full stop after an abbreviation (`M.`, `Mr.`, `Y.`). */
const foldChoice = (text: string) => collapseSpaces(foldWidth(text)).toLowerCase().replace(/(?<=.)[.。]$/u, '');

/** Every spelling of every option, folded, mapped to its canonical value (built once per field). */
const spellingsByField = new WeakMap<TemplateField, Map<string, string>>();

function spellingsOf(field: TemplateField): Map<string, string> {
  let spellings = spellingsByField.get(field);
  if (!spellings) {
    spellings = new Map();
    const options: readonly EnumOption[] = field.options ?? [];
    // Canonical values and labels first, so an accepted spelling can never shadow them.
    for (const option of options) for (const s of [option.value, option.label.en, option.label.zh]) if (!spellings.has(foldChoice(s))) spellings.set(foldChoice(s), option.value);
    for (const option of options) for (const s of option.accept) if (!spellings.has(foldChoice(s))) spellings.set(foldChoice(s), option.value);
    spellingsByField.set(field, spellings);
  }
  return spellings;
}

/** Dropdown values: any label or accepted spelling, in either language, becomes the canonical value. */
export const normalizeEnum: FieldNormalizer = (value, field) => {
  const text = foldChoice(cellToText(value));
  if (text === '') return { status: 'empty' };
  const canonical = spellingsOf(field).get(text);
  if (canonical === undefined) {
    return { status: 'invalid', code: 'enum.unknown', params: { allowed: (field.options ?? []).map((o) => o.value).join(', ') } };
  }
  return settle(value, canonical);
};
