import type { Lang } from './lang';

type Params = Readonly<Record<string, string | number>>;
type Catalog = Readonly<Record<string, { en: string; zh: string }>>;

/**
 * Finding messages by code, in both languages. `{field}` is the field's
 * label in the chosen language, `{value}` the cell as typed; other
 * placeholders come from the finding's params.
 */
const catalog: Catalog = {
  'phone.invalid': { en: '{field} "{value}" is not a valid phone number.', zh: '{field}"{value}"不是有效的电话号码。' },
  'phone.format': { en: '{field} is valid but not in the standard form; it becomes {suggestion}.', zh: '{field}有效但格式不规范，将改为 {suggestion}。' },
  'email.invalid': { en: '{field} "{value}" is not a valid e-mail address.', zh: '{field}"{value}"不是有效的邮箱地址。' },
  'email.format': { en: '{field} becomes the plain lower-case address {suggestion}.', zh: '{field}将改为规范的小写地址 {suggestion}。' },
  'date.invalid': { en: '{field} "{value}" is not a real date.', zh: '{field}"{value}"不是有效日期。' },
  'date.ambiguous': { en: '{field} "{value}" could be day/month or month/day; set the date order in Settings (or --date-order) or type it as YYYY-MM-DD.', zh: '{field}"{value}"无法确定是日/月还是月/日；请在设置中指定日期顺序（或 --date-order），或写成 YYYY-MM-DD。' },
  'date.future': { en: '{field} {value} is in the future.', zh: '{field} {value} 晚于今天。' },
  'date.tooOld': { en: '{field} {value} is more than {years} years ago.', zh: '{field} {value} 早于 {years} 年前。' },
  'date.format': { en: '{field} is a date but not in the standard form; it becomes {suggestion}.', zh: '{field}是日期但格式不规范，将改为 {suggestion}。' },
  'date.beforeField': { en: '{field} {value} is before {other} {otherValue}.', zh: '{field} {value} 早于{other} {otherValue}。' },
  'enum.unknown': { en: '{field} "{value}" is not one of the choices: {allowed}.', zh: '{field}"{value}"不在可选值中：{allowed}。' },
  'enum.format': { en: '{field} "{value}" means {suggestion}; it becomes {suggestion}.', zh: '{field}"{value}"即 {suggestion}，将改为 {suggestion}。' },
  'number.invalid': { en: '{field} "{value}" is not a number.', zh: '{field}"{value}"不是数字。' },
  'number.belowMin': { en: '{field} {value} is below the minimum {min}.', zh: '{field} {value} 小于最小值 {min}。' },
  'number.aboveMax': { en: '{field} {value} is above the maximum {max}.', zh: '{field} {value} 大于最大值 {max}。' },
  'number.format': { en: '{field} "{value}" becomes the plain number {suggestion}.', zh: '{field}"{value}"将改为纯数字 {suggestion}。' },
  'integer.invalid': { en: '{field} "{value}" is not a whole number.', zh: '{field}"{value}"不是整数。' },
  'integer.notWhole': { en: '{field} {value} is not a whole number.', zh: '{field} {value} 不是整数。' },
  'integer.format': { en: '{field} "{value}" becomes {suggestion}.', zh: '{field}"{value}"将改为 {suggestion}。' },
  'text.format': { en: '{field} has extra spaces or full-width characters; it becomes "{suggestion}".', zh: '{field}含多余空格或全角字符，将改为"{suggestion}"。' },
  'text.tooLong': { en: '{field} is longer than {max} characters.', zh: '{field}超过 {max} 个字符。' },
  'id.format': { en: '{field} has extra spaces or full-width characters; it becomes "{suggestion}".', zh: '{field}含多余空格或全角字符，将改为"{suggestion}"。' },
  'list.format': { en: '{field} becomes "{suggestion}".', zh: '{field}将改为"{suggestion}"。' },
  'cell.error': { en: '{field} holds the spreadsheet error {value}; correct the formula or the value.', zh: '{field}是表格错误值 {value}，请修正公式或数值。' },
  'field.placeholder': { en: '{field} "{value}" stands for nothing; the cell is cleared.', zh: '{field}"{value}"表示没有内容，将清空该单元格。' },
  'field.required': { en: '{field} is required.', zh: '{field}为必填项。' },
  'id.missing': { en: '{field} is blank; it becomes {suggestion}.', zh: '{field}为空，将填入 {suggestion}。' },
  'id.duplicate': { en: '{field} "{value}" is also used in row {otherRow}.', zh: '{field}"{value}"与第 {otherRow} 行重复。' },
  'contact.missing': { en: 'Neither {fields} is filled in: a customer needs at least one way to be reached.', zh: '{fields}均为空：客户至少需要一种联系方式。' },
  'rule.atLeastOne': { en: 'At least one of {fields} must be filled in.', zh: '{fields}至少需填写一项。' },
};

const fallback = { en: '{field} "{value}" is not valid ({code}).', zh: '{field}"{value}"无效（{code}）。' };

/** A message template cut once into literal text and placeholder names: literal, name, literal, name, …, literal. */
export type CompiledMessage = readonly string[];
const compiled: Record<Lang, Map<string, CompiledMessage>> = { en: new Map(), zh: new Map() };

function compiledMessage(lang: Lang, code: string): CompiledMessage {
  let parts = compiled[lang].get(code);
  if (parts === undefined) {
    parts = (catalog[code] ?? fallback)[lang].split(/\{(\w+)\}/);
    compiled[lang].set(code, parts);
  }
  return parts;
}

/**
 * The message of `code` with the placeholders of `known` already filled
 * in, for a caller that writes many sentences sharing them (a check fills
 * `{field}` once per column, not once per finding).
 */
export function partialFindingMessage(lang: Lang, code: string, known: Params): CompiledMessage {
  const parts = compiledMessage(lang, code);
  const left: string[] = [parts[0]!];
  for (let i = 1; i < parts.length; i += 2) {
    const value = placeholderValue(parts[i]!, code, known);
    if (value === undefined) left.push(parts[i]!, parts[i + 1]!);
    else left[left.length - 1] += value + parts[i + 1]!;
  }
  return left;
}

/**
 * The sentence of compiled parts. A check of 100,000 rows writes hundreds
 * of thousands of them, most holding a value of their own: concatenated,
 * a sentence shares its fixed text and its value with the finding instead
 * of copying them into a string of its own. Nearly every finding has its
 * own `{value}` and `{suggestion}`, so a caller may give them apart from
 * `params`, which then need not be built per finding.
 */
export function fillFindingMessage(parts: CompiledMessage, code: string, params: Params, value?: string, suggestion?: string): string {
  let sentence = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const filled = name === 'value' && value !== undefined ? value : name === 'suggestion' && suggestion !== undefined ? suggestion : placeholderValue(name, code, params);
    sentence += (filled ?? `{${name}}`) + parts[i + 1]!;
  }
  return sentence;
}

/** The finding's sentence in `lang`. */
export function findingMessage(lang: Lang, code: string, params: Params): string {
  return fillFindingMessage(compiledMessage(lang, code), code, params);
}

function placeholderValue(name: string, code: string, params: Params): string | undefined {
  const value = name === 'code' ? code : params[name];
  return value === undefined ? undefined : String(value);
}

/** Codes with a message of their own (tests check every code the core emits is here). */
export function hasFindingMessage(code: string): boolean {
  return code in catalog;
}
