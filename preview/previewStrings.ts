import type { Lang } from '../shared/core/i18n/lang';

/** The preview page's own words (the pane has its table in shared/ui/i18n). */
const en = {
  openFile: 'Open a customer file (or drop one here)',
  sheet: 'Sheet',
  hidden: '(hidden)',
  download: 'Download .xlsx',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeHighContrast: 'High contrast',
  workbook: 'Workbook',
  rows: '{count} rows',
  loading: 'Opening {name}…',
};
const zh: typeof en = {
  openFile: '打开客户文件（或拖放到此处）',
  sheet: '工作表',
  hidden: '（隐藏）',
  download: '下载 .xlsx',
  theme: '主题',
  themeLight: '浅色',
  themeDark: '深色',
  themeHighContrast: '高对比度',
  workbook: '工作簿',
  rows: '{count} 行',
  loading: '正在打开 {name}…',
};

export type PreviewStringKey = keyof typeof en;

export function previewText(lang: Lang, key: PreviewStringKey, params: Record<string, string> = {}): string {
  return (lang === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
