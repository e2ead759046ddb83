import { checkSheetSummary } from '../../../../excel-addin/src/commands/checkSheetSummary';
import { FakeExcel } from '../../fakeExcel';

describe('the ribbon\'s Check sheet', () => {
  it('checks with the workbook\'s template, marks findings, lists them, selects the first and says so in a dialog', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Leads', [['Name', '手机', 'Email'], ['王芳', '12345', 'wang@example.com'], ['Li', '138 1234 5678', 'li@example.com']]);
    const dialogs: string[] = [];
    const settings = new Map<string, unknown>();
    Object.assign(globalThis, {
      Excel: { run: excel.run },
      Office: {
        onReady: () => undefined,
        AsyncResultStatus: { Succeeded: 'succeeded' },
        EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
        context: {
          displayLanguage: 'zh-CN',
          requirements: { isSetSupported: () => true },
          document: { settings: { get: (k: string) => settings.get(k) ?? null, set: (k: string, v: unknown) => settings.set(k, v), saveAsync: (cb?: () => void) => cb?.() } },
          ui: {
            displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
              dialogs.push(url);
              const handlers: Array<() => void> = [];
              callback({ status: 'succeeded', value: { addEventHandler: (_type: string, handler: () => void) => handlers.push(handler), close: () => undefined } });
              // The user presses OK.
              handlers[0]!();
            },
          },
        },
      },
      window: { location: { href: 'https://localhost:3000/commands.html' } },
    });
    const { checkSheet } = await import('../../../../excel-addin/src/commands/commands');
    let completed = 0;
    await checkSheet({ completed: () => void completed++ } as unknown as Office.AddinCommands.Event);
    expect(completed).toBe(1);
    expect(excel.cell('Leads', 1, 1)!.fill).toBe('#FFC7CE');
    expect(excel.cell('Leads', 2, 1)!.fill).toBe('#FFEB9C');
    expect(excel.values('Findings').map((r) => r[0])).toEqual(['转到', 'B2', 'B3']);
    expect(excel.sheet('Leads').selected).toEqual({ row: 1, col: 1 });
    const url = new URL(dialogs[0]!);
    expect(url.pathname).toBe('/message.html');
    expect(url.searchParams.get('lang')).toBe('zh');
    expect(url.searchParams.get('text')).toBe(checkSheetSummary({ sheet: 'Leads', rows: 2, errors: 1, warnings: 1 }, 'zh'));
    expect((globalThis as unknown as { checkSheet: unknown }).checkSheet).toBe(checkSheet);
  });

  it('summarizes in plain words, in both languages', () => {
    expect(checkSheetSummary({ sheet: 'S', rows: 10, errors: 0, warnings: 0 }, 'en')).toBe('Checked 10 rows of "S": no problems found.');
    expect(checkSheetSummary({ sheet: 'S', rows: 10, errors: 1, warnings: 2 }, 'en')).toMatch(/^Checked 10 rows of "S": 1 error and 2 warnings, marked/);
    expect(checkSheetSummary({ sheet: 'S', rows: 3, errors: 0, warnings: 0 }, 'zh')).toBe('已检查“S”的 3 行：未发现问题。');
  });
});
