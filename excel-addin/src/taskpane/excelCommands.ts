import type { CheckResult, CommandApi, StaleResult } from '../../../shared/commands/commandApi';
import type { Finding } from '../../../shared/core/findings/finding';
import type { Lang } from '../../../shared/core/i18n/lang';
import { readWorkbookTemplate } from '../../../shared/core/template/workbookTemplate';
import type { ExcelRun } from '../excelSubset';
import { writeFindingsSheet } from '../findingsSheet';
import { watchEdits, type EditWatch } from '../liveCheck/watchEdits';
import type { OfficeWorkbook } from '../officeWorkbook';

export interface ExcelCommandOptions {
  readonly run: ExcelRun;
  readonly port: OfficeWorkbook;
  readonly lang: () => Lang;
  readonly today: () => string;
  /** Told when the live check re-checked edited rows (null rows: the whole sheet). */
  readonly onLiveFindings?: (update: { rows: number[] | null; findings: Finding[] }) => void;
  readonly onLiveError?: (error: unknown) => void;
  /** For tests: how long edits are gathered, and how long Dossier's own writes echo. */
  readonly debounceMs?: number;
  readonly quietMs?: number;
}

/**
 * What Excel adds to the shared command API: a check also lists its
 * findings on the `Findings` sheet (with a link to each cell), and from the
 * first check on, the customer sheet is watched so edits are checked as
 * they happen; the stale view highlights stale rows by conditional format.
 * `stopWatching` ends the watch when the pane closes.
 */
export function withExcelExtras(api: CommandApi, options: ExcelCommandOptions): CommandApi & { stopWatching(): Promise<void> } {
  let watch: { sheet: string; handle: EditWatch } | null = null;

  const watchSheet = async (sheet: string) => {
    if (watch?.sheet === sheet) return;
    await watch?.handle.stop();
    const template = await readWorkbookTemplate(options.port);
    const handle = await watchEdits({
      run: options.run,
      port: options.port,
      checkOptions: () => ({ template, sheet, lang: options.lang(), today: options.today() }),
      onFindings: (update) => options.onLiveFindings?.(update),
      onError: options.onLiveError,
      debounceMs: options.debounceMs,
      quietMs: options.quietMs,
    });
    watch = { sheet, handle };
  };

  const restartWatch = async () => {
    const current = watch;
    watch = null;
    await current?.handle.stop();
    if (current) await watchSheet(current.sheet);
  };

  return {
    ...api,
    async check(): Promise<CheckResult> {
      const result = await api.check();
      const columns = Object.fromEntries(Object.entries(result.columns).map(([key, col]) => [key, col - 1]));
      await writeFindingsSheet(options.port, { sheet: result.sheet, findings: result.findings, columns, labels: result.labels }, options.lang());
      await watchSheet(result.sheet);
      return result;
    },
    // Stale rows get a conditional format, so the highlight keeps up with the dates by itself.
    async stale(): Promise<StaleResult> {
      const result = await api.stale();
      if (result.highlight) await options.port.highlightStaleRows(result.sheet, { ...result.highlight, days: result.days });
      return result;
    },
    // A new template or settings change what the live check checks.
    async applyTemplate() {
      const summary = await api.applyTemplate();
      await restartWatch();
      return summary;
    },
    async saveSettings(settings) {
      const saved = await api.saveSettings(settings);
      await restartWatch();
      return saved;
    },
    async stopWatching() {
      await watch?.handle.stop();
      watch = null;
    },
  };
}
