import type { PaneTheme } from '../../../shared/ui/App';

/**
 * The pane's theme following Office's: high contrast when the system forces
 * colours, dark when Office's body background is dark (Office.context.officeTheme).
 */
export function paneTheme(bodyBackgroundColor: string | undefined, forcedColors: boolean): PaneTheme {
  if (forcedColors) return 'highContrast';
  const hex = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}
