import { documentSettingsMarkMemory } from '../../../excel-addin/src/documentSettingsMarkMemory';

function fakeSettings() {
  const stored = new Map<string, unknown>();
  let saves = 0;
  const settings = {
    get: (key: string) => (stored.has(key) ? JSON.parse(JSON.stringify(stored.get(key))) : null),
    set: (key: string, value: unknown) => void stored.set(key, value),
    saveAsync: (callback?: () => void) => {
      saves++;
      callback?.();
    },
  };
  return { settings: settings as unknown as Office.Settings, saves: () => saves };
}

describe('documentSettingsMarkMemory', () => {
  it('remembers marked cells and the stale rule per sheet in the document, saving each change', async () => {
    const { settings, saves } = fakeSettings();
    const memory = documentSettingsMarkMemory(settings);
    expect(memory.get('A')).toEqual([]);
    await memory.set('A', [[1, 2], [3, 4]]);
    await memory.set('B', [[5, 0]]);
    await memory.setRule!('A', '{cf-1}');
    const reopened = documentSettingsMarkMemory(settings);
    expect(reopened.get('A')).toEqual([[1, 2], [3, 4]]);
    expect(reopened.get('B')).toEqual([[5, 0]]);
    expect(reopened.getRule!('A')).toBe('{cf-1}');
    await reopened.setRule!('A', null);
    expect(reopened.getRule!('A')).toBeNull();
    expect(saves()).toBe(4);
  });
});
