import { format } from 'date-fns';
import { isDossierError } from '../../../shared/core/errors';
import { checkWorkbook, markFindings } from '../../../shared/core/operations/check';
import { readWorkbookTemplate } from '../../../shared/core/template/workbookTemplate';
import { createOfficeWorkbook } from '../createOfficeWorkbook';
import { writeFindingsSheet } from '../findingsSheet';
import { officeLang } from '../officeLang';
import { excelErrorToDossier } from '../port/excelErrorToDossier';
import { checkSheetSummary } from './checkSheetSummary';

/**
 * The ribbon's "Check sheet" (ExecuteFunction): checks the customer sheet
 * with the workbook's own template, marks every finding, lists them on the
 * Findings sheet with a link to each cell, selects the first one and says
 * what it found in a small dialog — without opening the pane.
 */
export async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  try {
    const port = createOfficeWorkbook();
    const template = await readWorkbookTemplate(port);
    const report = await checkWorkbook(port, { template, today: format(new Date(), 'yyyy-MM-dd'), lang });
    await markFindings(port, report);
    await writeFindingsSheet(port, { sheet: report.sheet, findings: report.findings, columns: report.mapping.columns }, lang);
    const first = report.findings[0];
    if (first) await port.activateCell(report.sheet, first.row - 1, report.mapping.columns[first.field] ?? 0);
    await showMessage(checkSheetSummary({ sheet: report.sheet, rows: report.rows, ...report.summary }, lang), lang);
  } catch (error) {
    const problem = isDossierError(error) ? error : excelErrorToDossier(error);
    await showMessage(problem.messageIn(lang), lang);
  } finally {
    event.completed();
  }
}

/** Excel has no notification bar for add-ins: a small dialog (DialogApi 1.1) carries the sentence. */
function showMessage(text: string, lang: 'en' | 'zh'): Promise<void> {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  url.searchParams.set('lang', lang);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

// The manifest's <FunctionName>checkSheet</FunctionName>: older clients look the
// name up as a global function of the FunctionFile page (learn.microsoft.com
// javascript/api/manifest/functionfile); newer ones map it with Office.actions.associate.
Object.assign(globalThis, { checkSheet });
Office.onReady(() => {
  Office.actions?.associate('checkSheet', checkSheet);
});
