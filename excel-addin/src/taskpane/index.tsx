import { format } from 'date-fns';
import { createRoot } from 'react-dom/client';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { App } from '../../../shared/ui/App';
import { createOfficeWorkbook } from '../createOfficeWorkbook';
import { officeLang } from '../officeLang';
import { withExcelExtras } from './excelCommands';
import { paneTheme } from './officeTheme';

/**
 * The Excel task pane: the shared React app, its command API running the
 * core in the pane against the Office.js port, plus Excel's extras (the
 * Findings sheet, the live check of edits).
 */
Office.onReady(() => {
  const lang = officeLang();
  const port = createOfficeWorkbook();
  const today = () => format(new Date(), 'yyyy-MM-dd');
  const core = createCoreCommands(port, {
    today,
    now: () => new Date().toISOString(),
    lang,
    readFile: async (name, bytes) => {
      const workbook = await readWorkbookFile(bytes, name);
      return workbook.readSheet(workbook.sheetNames()[0]!);
    },
  });
  const api = withExcelExtras(core, { run: (batch) => Excel.run((context) => batch(context)), port, lang: () => lang, today });
  window.addEventListener('pagehide', () => void api.stopWatching());
  const theme = paneTheme(Office.context.officeTheme?.bodyBackgroundColor, window.matchMedia?.('(forced-colors: active)').matches ?? false);
  createRoot(document.getElementById('root')!).render(<App api={api} lang={lang} theme={theme} allowFiles />);
});
