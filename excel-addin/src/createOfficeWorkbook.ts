import { documentSettingsMarkMemory } from './documentSettingsMarkMemory';
import { OfficeWorkbook } from './officeWorkbook';

/** The Office.js port as the task pane and the ribbon command use it (call after Office.onReady). */
export function createOfficeWorkbook(): OfficeWorkbook {
  return new OfficeWorkbook({
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    marks: documentSettingsMarkMemory(Office.context.document.settings),
  });
}
