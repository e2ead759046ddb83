import { paneTheme } from '../../../../excel-addin/src/taskpane/officeTheme';

describe('paneTheme', () => {
  it('follows Office: dark backgrounds give the dark theme, forced colours high contrast', () => {
    expect(paneTheme('#FFFFFF', false)).toBe('light');
    expect(paneTheme('#262626', false)).toBe('dark');
    expect(paneTheme('#F3F2F1', true)).toBe('highContrast');
    expect(paneTheme(undefined, false)).toBe('light');
  });
});
