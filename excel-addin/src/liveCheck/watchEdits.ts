import type { Finding } from '../../../shared/core/findings/finding';
import { checkWorkbook, markFindings, type CheckOptions } from '../../../shared/core/operations/check';
import type { ExcelRun } from '../excelSubset';
import type { OfficeWorkbook } from '../officeWorkbook';
import { recheckRows } from './recheckRows';
import { rowsOfAddress } from './rowsOfAddress';

export interface EditWatchOptions {
  readonly run: ExcelRun;
  readonly port: OfficeWorkbook;
  /** The check's options at the time of the edit (template, language, today); the sheet is the customer sheet. */
  readonly checkOptions: () => CheckOptions & { sheet: string };
  /** Told after each re-check: `rows` re-checked (null: the whole sheet), their findings. */
  readonly onFindings: (update: { rows: number[] | null; findings: Finding[] }) => void;
  readonly onError?: (error: unknown) => void;
  /** Edits arriving within this window are checked together. */
  readonly debounceMs?: number;
  /** More edited rows than this (a large paste) re-check the whole sheet instead. */
  readonly maxRows?: number;
  /** Changes this soon after Dossier's own writes are taken as those writes' echo. */
  readonly quietMs?: number;
}

export interface EditWatch {
  stop(): Promise<void>;
  /** Resolves when every edit heard so far has been re-checked (for tests and for closing the pane cleanly). */
  idle(): Promise<void>;
}

/**
 * While the pane is open, edits are checked as they happen: Excel's
 * worksheet onChanged (ExcelApi 1.7) reports the edited address; only
 * those rows are re-read, re-validated and re-marked. Changes Dossier
 * makes itself are ignored (Excel reports them as edits too).
 */
export async function watchEdits(options: EditWatchOptions): Promise<EditWatch> {
  const { sheet } = options.checkOptions();
  const debounceMs = options.debounceMs ?? 400;
  const maxRows = options.maxRows ?? 2_000;
  let pending = new Set<number>();
  let wholeSheet = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let work: Promise<void> = Promise.resolve();

  const flush = () => {
    timer = null;
    const rows = [...pending];
    const everything = wholeSheet || rows.includes(0) || rows.length > maxRows;
    pending = new Set();
    wholeSheet = false;
    work = work.then(async () => {
      try {
        const check = options.checkOptions();
        if (everything) {
          const report = await checkWorkbook(options.port, check);
          await markFindings(options.port, report);
          options.onFindings({ rows: null, findings: report.findings });
        } else {
          options.onFindings({ rows, findings: await recheckRows(options.port, check, rows) });
        }
      } catch (error) {
        options.onError?.(error);
      }
    });
  };

  const handler = async (eventArgs: { readonly address: string; readonly source: string }) => {
    if (options.port.changedWithin(options.quietMs ?? 1_000)) return;
    const rows = rowsOfAddress(eventArgs.address);
    if (rows === null) wholeSheet = true;
    else for (const r of rows) pending.add(r);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const registration = await options.run(async (ctx) => {
    const result = ctx.workbook.worksheets.getItem(sheet).onChanged.add(handler);
    await ctx.sync();
    return result;
  });

  return {
    async stop() {
      if (timer) clearTimeout(timer);
      // A handler is removed through the context that added it.
      registration.remove();
      await registration.context.sync();
    },
    async idle() {
      while (timer) await new Promise((resolve) => setTimeout(resolve, debounceMs));
      await work;
    },
  };
}
