import { legacySettingsMarks } from './marks/legacySettingsMarks';
import { OfficeWorkbook, type OfficeWorkbookOptions } from './officeWorkbook';

/** The Office.js port as the task pane and the ribbon command use it (call after Office.onReady); the pane adds its progress and Cancel hooks. */
export function createOfficeWorkbook(hooks: Pick<OfficeWorkbookOptions, 'onRows' | 'checkpoint'> = {}): OfficeWorkbook {
  return new OfficeWorkbook({
    ...hooks,
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Marks live in the workbook now; those an earlier version kept in document settings are cleared once.
    legacyMarks: legacySettingsMarks(Office.context.document.settings),
  });
}
