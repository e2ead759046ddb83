import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CommandApi } from '../../shared/commands/commandApi';
import { langFromLocale, type Lang } from '../../shared/core/i18n/lang';
import { App, type PaneTheme } from '../../shared/ui/App';
import { sidebarCommands, type ScriptRun } from './sidebarBridge';
import { watchSidebarTheme } from './sidebarTheme';

declare const google: { script: { run: ScriptRun } };

/** The pane in the theme the system asks for, changing with it while the sidebar is open. */
function Sidebar({ api, lang }: { api: CommandApi; lang: Lang }) {
  const [theme, setTheme] = useState<PaneTheme>('light');
  useEffect(() => watchSidebarTheme(typeof matchMedia === 'function' ? matchMedia : undefined, setTheme), []);
  return <App api={api} lang={lang} theme={theme} />;
}

// The same pane as Excel's, in the Sheets sidebar: commands run on the server through google.script.run.
const api = sidebarCommands(() => google.script.run);
createRoot(document.getElementById('root')!).render(<Sidebar api={api} lang={langFromLocale(navigator.language)} />);
