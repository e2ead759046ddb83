import type { Lang } from '../../shared/core/i18n/lang';

/** The Dossier menu: label per language and the top-level function it calls (build.mjs declares each). */
export const MENU_ITEMS = [
  { fn: 'menuOpenSidebar', en: 'Open sidebar', zh: '打开侧边栏' },
  { fn: 'menuApplyTemplate', en: 'Apply template', zh: '套用模板' },
  { fn: 'menuCheck', en: 'Check', zh: '检查' },
  { fn: 'menuFix', en: 'Fix', zh: '修正' },
  { fn: 'menuFindDuplicates', en: 'Find duplicates', zh: '查找重复' },
  { fn: 'menuFlagStale', en: 'Flag stale rows', zh: '标记长期未联系' },
  { fn: 'menuReport', en: 'Generate report', zh: '生成报表' },
  { fn: 'menuSettings', en: 'Settings', zh: '设置' },
] as const;

export type MenuFunction = (typeof MENU_ITEMS)[number]['fn'];

export function menuTitle(lang: Lang): string {
  return lang === 'zh' ? 'Dossier 客户档案' : 'Dossier';
}

/** Adds the menu through the host's UI (SpreadsheetApp.getUi()). */
export function addDossierMenu(ui: Pick<GoogleAppsScript.Base.Ui, 'createMenu'>, lang: Lang): void {
  const menu = ui.createMenu(menuTitle(lang));
  MENU_ITEMS.forEach((item, i) => {
    menu.addItem(item[lang], item.fn);
    if (i === 0 || i === 1) menu.addSeparator();
  });
  menu.addToUi();
}
