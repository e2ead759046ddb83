import { FakeDocumentSettings } from './fakeOfficeSettings';

const save = (instance: { saveAsync(callback: (result: { status: string }) => void): void }) => new Promise<string>((resolve) => instance.saveAsync((result) => resolve(result.status)));

describe('FakeDocumentSettings', () => {
  it('gives each instance its own copy: the last save wins over an earlier one', async () => {
    const document = new FakeDocumentSettings();
    const pane = document.open();
    const ribbon = document.open();
    ribbon.set('marks', [1]);
    expect(await save(ribbon)).toBe('succeeded');
    expect(pane.get('marks')).toBeNull();
    pane.set('other', true);
    expect(await save(pane)).toBe('succeeded');
    expect(document.persisted()).toEqual({ other: true });
  });

  it('fails a save over 2 MB, and a save told to fail, keeping what was saved before', async () => {
    const document = new FakeDocumentSettings();
    const instance = document.open();
    instance.set('small', 'x');
    expect(await save(instance)).toBe('succeeded');
    instance.set('big', 'x'.repeat(2 * 1024 * 1024));
    expect(await save(instance)).toBe('failed');
    instance.remove('big');
    document.failNextSave();
    instance.set('small', 'y');
    expect(await save(instance)).toBe('failed');
    expect(document.persisted()).toEqual({ small: 'x' });
  });
});
