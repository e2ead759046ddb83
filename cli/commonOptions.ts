import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DossierError } from '../shared/core/errors';
import type { Lang } from '../shared/core/i18n/lang';
import type { WorkbookPort } from '../shared/core/port/workbookPort';
import { defaultTemplate } from '../shared/core/template/defaultTemplate';
import { parseTemplate } from '../shared/core/template/parseTemplate';
import type { Template, TemplateSettings } from '../shared/core/template/templateSchema';
import { readWorkbookTemplate } from '../shared/core/template/workbookTemplate';
import { cliLang } from './cliLang';

/** The options every command shares (cli.md), as commander hands them over. */
export interface CommonFlags {
  sheet?: string;
  region?: string;
  today?: string;
  format?: string;
  lang?: string;
  template?: string;
  dateOrder?: string;
}

export interface Common {
  readonly template: Template;
  readonly sheet?: string;
  readonly region: string;
  readonly today: string;
  readonly lang: Lang;
  readonly format: 'json' | 'table';
  readonly ambiguousDateOrder: TemplateSettings['ambiguousDateOrder'];
}

export function withCommonOptions(command: Command): Command {
  return command
    .option('--sheet <name>', 'customer sheet (default: the first whose header maps to the template)')
    .option('--region <CC>', 'default region for phones without a country code (default: the template\'s, CN)')
    .option('--today <YYYY-MM-DD>', 'the date to compute against (default: the real date)')
    .addOption(new Option('--format <format>', 'output: table for people, json for scripts').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of messages (default: from the locale)').choices(['en', 'zh']))
    .option('--template <file>', 'a template JSON file (default: the one stored in the workbook, else the built-in one)')
    .addOption(new Option('--date-order <order>', 'how to read 03/05/2024 (never guessed otherwise)').choices(['MDY', 'DMY']));
}

/** Turns the flags into checked settings; the template comes from --template, the workbook, or the default. */
export async function resolveCommonOptions(flags: CommonFlags, workbook?: WorkbookPort): Promise<Common> {
  const lang = cliLang(flags.lang);
  const template = flags.template ? await readTemplateFile(flags.template) : workbook ? await readWorkbookTemplate(workbook) : defaultTemplate;
  const region = (flags.region ?? template.settings.defaultRegion).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) {
    throw new DossierError('usage.region', { en: `--region must be a two-letter country code such as CN or US, not "${flags.region}".`, zh: `--region 必须是两个字母的国家代码（如 CN、US），而不是"${flags.region}"。` });
  }
  return {
    template,
    sheet: flags.sheet,
    region,
    today: flags.today === undefined ? localToday() : checkedDate(flags.today),
    lang,
    format: flags.format === 'json' ? 'json' : 'table',
    ambiguousDateOrder: flags.dateOrder === 'MDY' || flags.dateOrder === 'DMY' ? flags.dateOrder : template.settings.ambiguousDateOrder,
  };
}

async function readTemplateFile(path: string): Promise<Template> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new DossierError('template.unreadable', { en: `Cannot read the template file "${path}".`, zh: `无法读取模板文件"${path}"。` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DossierError('template.notJson', { en: `The template file "${path}" is not valid JSON (${(error as Error).message}).`, zh: `模板文件"${path}"不是有效的 JSON（${(error as Error).message}）。` });
  }
  return parseTemplate(json);
}

function checkedDate(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) {
    throw new DossierError('usage.today', { en: `--today must be a real date written YYYY-MM-DD, not "${text}".`, zh: `--today 必须是 YYYY-MM-DD 格式的有效日期，而不是"${text}"。` });
  }
  return text;
}

/** Today in the user's own time zone: a Shanghai user at 07:00 is already on the next day. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
