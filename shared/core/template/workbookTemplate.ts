import type { WorkbookPort } from '../port/workbookPort';
import { readWorkbookState, writeWorkbookState } from '../state/workbookState';
import { defaultTemplate } from './defaultTemplate';
import { parseTemplate } from './parseTemplate';
import type { Template } from './templateSchema';

const TEMPLATE_KEY = 'template';

/** The template the workbook carries (a user's edited one), else the default. */
export async function readWorkbookTemplate(port: WorkbookPort): Promise<Template> {
  const stored = (await readWorkbookState(port))[TEMPLATE_KEY];
  return stored === undefined ? defaultTemplate : parseTemplate(stored);
}

export async function saveWorkbookTemplate(port: WorkbookPort, template: Template): Promise<void> {
  await writeWorkbookState(port, TEMPLATE_KEY, parseTemplate(template));
}
