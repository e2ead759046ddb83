import type { PaneTheme } from '../../shared/ui/App';

/** The part of window.matchMedia the sidebar's theme needs. */
export type MatchMedia = (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

const FORCED_COLORS = '(forced-colors: active)';

/**
 * The sidebar's theme, following what the host has: Google Sheets on the web
 * has no dark theme of its own (its dark theme is in the Android and iOS
 * apps, which show no add-on sidebars: workspaceupdates.googleblog.com,
 * 2020-07-06, "Dark theme now available for Docs, Sheets, and Slides on
 * Android"), so a dark pane beside a light grid would follow nothing; the
 * system's high-contrast mode does reach the sidebar's frame, as forced
 * colours, and the pane then takes the high-contrast theme. Calls `onChange`
 * now and whenever the system setting changes; returns the way to stop.
 */
export function watchSidebarTheme(matchMedia: MatchMedia | undefined, onChange: (theme: PaneTheme) => void): () => void {
  const query = matchMedia?.(FORCED_COLORS);
  const tell = () => onChange(query?.matches ? 'highContrast' : 'light');
  tell();
  query?.addEventListener('change', tell);
  return () => query?.removeEventListener('change', tell);
}
