import { legacySettingsMarks } from './marks/legacySettingsMarks';
import { OfficeWorkbook } from './officeWorkbook';

/** The Office.js port as the task pane and the ribbon command use it (call after Office.onReady). */
export function createOfficeWorkbook(): OfficeWorkbook {
  return new OfficeWorkbook({
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Marks live in the workbook now; those an earlier version kept in document settings are cleared once.
    legacyMarks: legacySettingsMarks(Office.context.document.settings),
  });
}
