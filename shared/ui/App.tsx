import { FluentProvider, makeStyles, teamsHighContrastTheme, tokens, typographyStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult, CommandApi, StatusResult } from '../commands/commandApi';
import type { Lang } from '../core/i18n/lang';
import { BusyBar } from './components/BusyBar';
import { ErrorBar } from './components/ErrorBar';
import { NoticeBar, type Notice } from './components/NoticeBar';
import { operationLabel } from './i18n/operationLabel';
import { LangContext, useStrings } from './i18n/useStrings';
import { useRunner } from './useRunner';
import { DuplicatesView } from './views/DuplicatesView';
import { FindingsView } from './views/FindingsView';
import { FixPreviewView } from './views/FixPreviewView';
import { HomeView } from './views/HomeView';
import { ImportView } from './views/ImportView';
import { MappingView } from './views/MappingView';
import { ReportView } from './views/ReportView';
import { SettingsView } from './views/SettingsView';
import { SnapshotsView } from './views/SnapshotsView';
import { StaleView } from './views/StaleView';
import type { ViewName, ViewProps } from './views/viewProps';

export type PaneTheme = 'light' | 'dark' | 'highContrast';

export interface AppProps {
  readonly api: CommandApi;
  /** The host's display language (a saved setting may override it). */
  readonly lang: Lang;
  readonly theme?: PaneTheme;
  /** The host can read a picked file for Import (Excel pane, preview); Sheets imports tabs. */
  readonly allowFiles?: boolean;
}

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '420px', minHeight: '100vh', boxSizing: 'border-box', minWidth: 0, overflowWrap: 'anywhere' },
  title: { ...typographyStyles.title3, margin: 0, outlineStyle: 'none' },
});

/** The one pane: Excel task pane, Sheets sidebar and browser preview. */
export function App({ api, lang: hostLang, theme = 'light', allowFiles = false }: AppProps) {
  const [chosenLang, setChosenLang] = useState<Lang | null>(null);
  const lang = chosenLang ?? hostLang;
  useEffect(() => {
    void api.getSettings().then((s) => setChosenLang(s.lang), () => undefined);
  }, [api]);
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <LangContext.Provider value={lang}>
        <Pane api={api} allowFiles={allowFiles} onLang={setChosenLang} />
      </LangContext.Provider>
    </FluentProvider>
  );
}

function Pane({ api, allowFiles, onLang }: { api: CommandApi; allowFiles: boolean; onLang: (lang: Lang | null) => void }) {
  const { t, lang } = useStrings();
  const styles = useStyles();
  const runner = useRunner(api);
  const [view, setView] = useState<ViewName>('home');
  const [status, setStatus] = useState<StatusResult | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = useCallback(() => {
    void runner.run(() => api.status()).then((s) => s && setStatus(s));
  }, [api, runner.run]);
  useEffect(refresh, [refresh]);

  const props: ViewProps = { api, runner, go: setView, notify: setNotice };
  const runCheck = async () => {
    const result = await runner.run(() => api.check());
    if (!result) return;
    setCheck(result);
    setView('findings');
    refresh();
  };
  const applyTemplate = async () => {
    const result = await runner.run(() => api.applyTemplate());
    if (!result) return;
    setNotice({ message: t('templateApplied', { sheet: result.sheet, mapped: result.mapped.length, added: result.added.length }), undoable: result.snapshotId !== null });
    refresh();
  };
  const undo = async () => {
    const undone = await runner.run(() => api.undo());
    if (undone === undefined) return;
    setNotice({ message: undone ? t('undone', { operation: operationLabel(undone.operation, lang) }) : t('nothingToUndo') });
    setCheck(null);
    refresh();
  };
  // Back home, focus goes to the pane's heading (working views focus their own heading).
  const title = useRef<HTMLHeadingElement>(null);
  const previousView = useRef(view);
  useEffect(() => {
    if (view === 'home' && previousView.current !== 'home') title.current?.focus({ preventScroll: true });
    previousView.current = view;
  }, [view]);
  const labels = check?.labels ?? Object.fromEntries((status?.mapping?.recognized ?? []).map((r) => [r.key, r.header]));

  return (
    <main className={styles.root} aria-busy={runner.busy}>
      <h1 ref={title} tabIndex={-1} className={styles.title}>{t('appTitle')}</h1>
      {runner.error && <ErrorBar error={runner.error} onClose={runner.clearError} />}
      {notice && <NoticeBar notice={notice} onUndo={() => void (notice.undo ? notice.undo() : undo())} onClose={() => setNotice(null)} />}
      {runner.busy && <BusyBar progress={runner.progress} onCancel={runner.cancel} cancelling={runner.cancelling} />}
      {view === 'home' && <HomeView status={status} go={setView} canMap={Boolean(api.columnMapping)} onApplyTemplate={() => void applyTemplate()} onCheck={() => void runCheck()} />}
      {view === 'findings' && check && <FindingsView api={api} go={setView} result={check} />}
      {view === 'fix' && <FixPreviewView {...props} labels={labels} onApplied={() => { setCheck(null); refresh(); }} />}
      {view === 'duplicates' && <DuplicatesView {...props} onChanged={refresh} />}
      {view === 'stale' && <StaleView {...props} onChanged={refresh} />}
      {view === 'report' && <ReportView {...props} />}
      {view === 'import' && <ImportView {...props} onChanged={refresh} allowFiles={allowFiles} />}
      {view === 'mapping' && <MappingView {...props} onChanged={refresh} />}
      {view === 'snapshots' && <SnapshotsView {...props} onChanged={refresh} />}
      {view === 'settings' && <SettingsView {...props} onSaved={(s) => { onLang(s.lang); refresh(); }} />}
    </main>
  );
}
