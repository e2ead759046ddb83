import { format } from 'date-fns';
import { createRoot } from 'react-dom/client';
import { controlledPort } from '../../../shared/commands/controlledPort';
import { createCoreCommands } from '../../../shared/commands/createCoreCommands';
import { createRunControl } from '../../../shared/commands/runControl';
import { withRunControl } from '../../../shared/commands/withRunControl';
import { readWorkbookFile } from '../../../shared/files/readWorkbookFile';
import { App } from '../../../shared/ui/App';
import { createOfficeWorkbook } from '../createOfficeWorkbook';
import { officeLang } from '../officeLang';
import { withExcelExtras } from './excelCommands';
import { paneTheme } from './officeTheme';

/**
 * The Excel task pane: the shared React app, its command API running the
 * core in the pane against the Office.js port, plus Excel's extras (the
 * Findings sheet, the live check of edits). Office.js runs in the pane, so
 * every command is watched between its requests: rows done of rows for the
 * bar, and Cancel there (shared/commands/runControl.ts).
 */
Office.onReady(() => {
  const lang = officeLang();
  const control = createRunControl();
  const office = createOfficeWorkbook({ onRows: (phase, done, total) => control.step(phase, done, total), checkpoint: () => control.checkpoint() });
  const port = controlledPort(office, control);
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
  // The live check watches edits outside any command: it uses the port itself, never stopped by a Cancel meant for a command.
  const api = withRunControl(withExcelExtras(core, { run: (batch) => Excel.run((context) => batch(context)), port: office, lang: () => lang, today }), control);
  window.addEventListener('pagehide', () => void api.stopWatching());
  const theme = paneTheme(Office.context.officeTheme?.bodyBackgroundColor, window.matchMedia?.('(forced-colors: active)').matches ?? false);
  createRoot(document.getElementById('root')!).render(<App api={api} lang={lang} theme={theme} allowFiles />);
});
