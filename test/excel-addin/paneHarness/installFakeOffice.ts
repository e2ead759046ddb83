import { FakeExcel } from '../fakeExcel';
import { customersNeedingFixes } from './customersNeedingFixes';

/**
 * Stands in for Office.js in a plain browser page: `Excel.run` is the typed
 * fake's, Office.context answers what the pane asks. Imported before the
 * pane's own entry so the globals exist when it starts.
 */
const params = new URLSearchParams(window.location.search);
// ?rows=N: a customer sheet of N generated rows (phones and e-mails to fix); ?rtt=ms: each sync a round trip of that long.
const generated = Number(params.get('rows') ?? 0);
const excel = new FakeExcel({ roundTripMs: Number(params.get('rtt') ?? 0) });
excel.addSheet('Customers', generated > 0 ? customersNeedingFixes(generated) : [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Gender'],
  ['C1', '王芳', '138 1234 5678', 'wang@example.com', '女'],
  ['C2', 'Li Lei', '12345', ' LI@EXAMPLE.COM ', 'm'],
  ['C3', 'Zhang Wei', '+8613912345678', 'zhang@example.com', 'Male'],
]);

const settings = new Map<string, unknown>();
const lang = params.get('lang') === 'zh' ? 'zh-CN' : 'en-US';

Object.assign(window, {
  fakeExcel: excel,
  Excel: { run: excel.run },
  Office: {
    onReady: (callback: (info: { host: string }) => void) => setTimeout(() => callback({ host: 'Excel' })),
    context: {
      displayLanguage: lang,
      officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      requirements: { isSetSupported: (_name: string, version: string) => Number(version.split('.')[1]) <= 18 },
      document: { settings: { get: (key: string) => settings.get(key) ?? null, set: (key: string, value: unknown) => settings.set(key, value), saveAsync: (callback?: () => void) => callback?.() } },
    },
    actions: { associate: () => undefined },
  },
});
