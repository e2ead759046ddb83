import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../../shared/core/i18n/lang';
import { App } from '../../shared/ui/App';
import { sidebarCommands, type ScriptRun } from './sidebarBridge';

declare const google: { script: { run: ScriptRun } };

// The same pane as Excel's, in the Sheets sidebar: commands run on the server through google.script.run.
const api = sidebarCommands(() => google.script.run);
const lang = langFromLocale(navigator.language);
createRoot(document.getElementById('root')!).render(<App api={api} lang={lang} />);
