import { Button, FluentProvider, makeStyles, Select, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CommandApi } from '../shared/commands/commandApi';
import { createCoreCommands } from '../shared/commands/createCoreCommands';
import { langFromLocale } from '../shared/core/i18n/lang';
import { readWorkbookFile } from '../shared/files/readWorkbookFile';
import { writeWorkbookFile } from '../shared/files/writeWorkbookFile';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';
import { App } from '../shared/ui/App';
import { SheetGrid } from './SheetGrid';

/**
 * The browser preview: the same pane as Excel and Sheets, on a workbook held
 * in memory (the bundled sample, or a file the visitor picks, which never
 * leaves the browser), with a grid standing in for the spreadsheet.
 */
const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', height: '100vh' },
  sheet: { padding: tokens.spacingHorizontalM, overflow: 'hidden', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: 'auto' },
});

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Preview() {
  const styles = useStyles();
  const lang = langFromLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language);
  const today = new URLSearchParams(location.search).get('today') ?? localToday();
  const [workbook, setWorkbook] = useState<MemoryWorkbook | null>(null);
  const [fileName, setFileName] = useState('customers-sample.xlsx');
  const [version, setVersion] = useState(0);
  const [sheet, setSheet] = useState<string>('');
  const [selected, setSelected] = useState<{ row: number; col: number } | null>(null);

  useEffect(() => {
    void fetch('customers-sample.xlsx')
      .then((r) => r.arrayBuffer())
      .then((b) => readWorkbookFile(new Uint8Array(b), 'customers-sample.xlsx'))
      .then((wb) => {
        setWorkbook(wb);
        setSheet(wb.sheetNames()[0] ?? '');
      });
  }, []);

  const api = useMemo<CommandApi | null>(() => {
    if (!workbook) return null;
    const core = createCoreCommands(workbook, {
      today: () => today,
      now: () => new Date().toISOString(),
      lang,
      readFile: async (name, bytes) => {
        const wb = await readWorkbookFile(bytes, name);
        return wb.readSheet(wb.sheetNames()[0]!);
      },
    });
    // Redraw the grid after every command; follow selectCell like Excel would.
    const wrapped = {} as Record<string, unknown>;
    for (const [name, method] of Object.entries(core) as Array<[string, (...a: unknown[]) => Promise<unknown>]>) {
      wrapped[name] = async (...args: unknown[]) => {
        try {
          return await method(...args);
        } finally {
          if (name === 'selectCell') {
            setSheet(String(args[0]));
            setSelected({ row: Number(args[1]), col: Number(args[2]) });
          }
          setVersion((v) => v + 1);
        }
      };
    }
    return wrapped as unknown as CommandApi;
  }, [workbook, lang, today]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const wb = await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name);
    setFileName(file.name);
    setWorkbook(wb);
    setSheet(wb.sheetNames()[0] ?? '');
  };
  const download = async () => {
    if (!workbook) return;
    const bytes = await writeWorkbookFile(workbook, 'xlsx');
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName.replace(/\.(csv|xlsx|txt)$/i, '') + '.dossier.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.layout}>
        <section
          className={styles.sheet}
          aria-label="Workbook"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void open(e.dataTransfer.files[0]);
          }}
        >
          <div className={styles.bar}>
            <input type="file" accept=".xlsx,.csv,.txt" aria-label="Open a customer file (or drop one here)" onChange={(e) => void open(e.target.files?.[0])} />
            {workbook && (
              <Select aria-label="Sheet" value={sheet} onChange={(_, d) => setSheet(d.value)}>
                {workbook.sheetNames().map((n) => <option key={n} value={n}>{`${n}${workbook.sheet(n).hidden ? ' (hidden)' : ''}`}</option>)}
              </Select>
            )}
            <Button size="small" onClick={() => void download()} disabled={!workbook}>Download .xlsx</Button>
          </div>
          {workbook && <SheetGrid key={version} workbook={workbook} sheet={sheet} selected={selected} onEdited={() => setVersion((v) => v + 1)} />}
        </section>
        <aside className={styles.pane}>{api && <App key={fileName} api={api} lang={lang} allowFiles />}</aside>
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Preview />);
