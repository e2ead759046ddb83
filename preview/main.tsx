import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Select, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CommandApi } from '../shared/commands/commandApi';
import { langFromLocale } from '../shared/core/i18n/lang';
import { App, type PaneTheme } from '../shared/ui/App';
import { previewText } from './previewStrings';
import { SheetGrid } from './SheetGrid';
import { WorkerBackend } from './workerBackend';
import type { SheetListing } from './worker/protocol';

/**
 * The browser preview: the same pane as Excel and Sheets, on a workbook held
 * in workers (the bundled sample, or a file the visitor picks, which never
 * leaves the browser), with a grid standing in for the spreadsheet. The core
 * runs in a worker, so the page keeps painting on 100,000 rows.
 */
const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 350px',
    height: '100vh',
    // A narrow window (a phone, a 350 px test window): the pane on top at full width, the sheet below.
    '@media (max-width: 719px)': { gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'auto minmax(320px, 60vh)', height: 'auto' },
  },
  sheet: { padding: tokens.spacingHorizontalM, overflow: 'hidden', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, '@media (max-width: 719px)': { order: 2 } },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', minWidth: 0 },
  file: { maxWidth: '100%', minWidth: 0 },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: 'auto', overflowX: 'hidden', minWidth: 0, '@media (max-width: 719px)': { order: 1, borderLeft: 'none', overflowY: 'visible' } },
});

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Preview() {
  const styles = useStyles();
  const params = new URLSearchParams(location.search);
  const lang = langFromLocale(params.get('lang') ?? navigator.language);
  const today = params.get('today') ?? localToday();
  const text = (key: Parameters<typeof previewText>[1], p?: Record<string, string>) => previewText(lang, key, p);
  const backend = useMemo(() => new WorkerBackend({ compute: 'preview-compute.js', vault: 'preview-vault.js' }, lang, today), [lang, today]);
  const [theme, setTheme] = useState<PaneTheme>(() => (params.get('theme') as PaneTheme | null) ?? (matchMedia('(forced-colors: active)').matches ? 'highContrast' : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const [opened, setOpened] = useState(0);
  const [fileName, setFileName] = useState('customers-sample.xlsx');
  const [version, setVersion] = useState(0);
  const [sheets, setSheets] = useState<SheetListing[]>([]);
  const [sheet, setSheet] = useState('');
  const [selected, setSelected] = useState<{ row: number; col: number } | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);

  useEffect(() => backend.onCommitted(() => setVersion((v) => v + 1)), [backend]);
  useEffect(() => {
    void backend.sheets().then((list) => {
      setSheets(list);
      setSheet((current) => (list.some((s) => s.name === current) ? current : (list[0]?.name ?? '')));
    });
  }, [backend, version]);

  const open = async (name: string, bytes: ArrayBuffer) => {
    setOpenError(null);
    setOpening(name);
    try {
      const names = await backend.open(name, bytes);
      setFileName(name);
      setSheet(names[0] ?? '');
      setSelected(null);
      setOpened((n) => n + 1);
    } catch (error) {
      // A damaged file: one sentence, and the workbook shown stays as it was.
      setOpenError((error as Error).message);
    } finally {
      setOpening(null);
    }
  };
  useEffect(() => {
    void fetch('customers-sample.xlsx').then((r) => r.arrayBuffer()).then((b) => open('customers-sample.xlsx', b));
  }, [backend]);

  const api = useMemo<CommandApi>(() => ({
    ...backend.api,
    // Selecting a cell is the grid's business: done here at once, not queued behind a running command.
    selectCell: async (name, row, col) => {
      setSheet(name);
      setSelected({ row, col });
    },
  }), [backend]);

  const download = async () => {
    const bytes = await backend.download();
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.(csv|xlsx|txt)$/i, '') + '.dossier.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };
  const current = sheets.find((s) => s.name === sheet);

  return (
    <FluentProvider theme={THEMES[theme]} lang={lang === 'zh' ? 'zh-CN' : 'en'} style={{ minHeight: '100vh' }}>
      <div className={styles.layout}>
        <section
          className={styles.sheet}
          aria-label={text('workbook')}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const file = e.dataTransfer.files[0];
            if (file) void file.arrayBuffer().then((b) => open(file.name, b));
          }}
        >
          <div className={styles.bar}>
            <input className={styles.file} type="file" accept=".xlsx,.csv,.txt" aria-label={text('openFile')} onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.arrayBuffer().then((b) => open(file.name, b));
            }} />
            {sheets.length > 0 && (
              <Select aria-label={text('sheet')} value={sheet} onChange={(_, d) => setSheet(d.value)}>
                {sheets.map((s) => <option key={s.name} value={s.name}>{`${s.name}${s.hidden ? ` ${text('hidden')}` : ''}`}</option>)}
              </Select>
            )}
            <Select aria-label={text('theme')} value={theme} onChange={(_, d) => setTheme(d.value as PaneTheme)}>
              <option value="light">{text('themeLight')}</option>
              <option value="dark">{text('themeDark')}</option>
              <option value="highContrast">{text('themeHighContrast')}</option>
            </Select>
            <Button size="small" onClick={() => void download()} disabled={sheets.length === 0}>{text('download')}</Button>
          </div>
          {opening && <MessageBar intent="info"><MessageBarBody>{text('loading', { name: opening })}</MessageBarBody></MessageBar>}
          {openError && <MessageBar intent="error" role="alert"><MessageBarBody>{openError}</MessageBarBody></MessageBar>}
          {current && <SheetGrid lang={lang} source={backend} sheet={current} version={version} selected={selected} onEdit={(row, col, value) => void backend.edit(current.name, row, col, value)} />}
        </section>
        <aside className={styles.pane}>{opened > 0 && <App key={`${fileName}#${opened}`} api={api} lang={lang} theme={theme} allowFiles />}</aside>
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Preview />);
