import type { Lang } from '../../shared/core/i18n/lang';
import type { WorkbookPort } from '../../shared/core/port/workbookPort';
import { readWorkbookState } from '../../shared/core/state/workbookState';
import { defaultTemplate } from '../../shared/core/template/defaultTemplate';
import { parseTemplate } from '../../shared/core/template/parseTemplate';
import type { Template } from '../../shared/core/template/templateSchema';

export interface WorkbookPreferences {
  readonly template: Template;
  /** The language chosen in Settings, or null (follow the host). */
  readonly lang: Lang | null;
  readonly keepSnapshots: number;
}

/**
 * What the pane's Settings stored in the workbook (the template, the chosen
 * language, snapshots kept), read with one read of the state sheet, for the
 * triggers, which run without the pane (keys as createCoreCommands writes them).
 */
export async function readWorkbookPreferences(port: WorkbookPort): Promise<WorkbookPreferences> {
  const state = await readWorkbookState(port);
  const settings = (state.settings ?? {}) as { lang?: unknown; keepSnapshots?: unknown };
  return {
    template: state.template === undefined ? defaultTemplate : parseTemplate(state.template),
    lang: settings.lang === 'en' || settings.lang === 'zh' ? settings.lang : null,
    keepSnapshots: typeof settings.keepSnapshots === 'number' ? settings.keepSnapshots : 10,
  };
}
