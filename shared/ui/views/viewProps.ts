import type { CommandApi } from '../../commands/commandApi';
import type { Notice } from '../components/NoticeBar';
import type { Runner } from '../useRunner';

export type ViewName = 'home' | 'findings' | 'fix' | 'duplicates' | 'stale' | 'report' | 'settings' | 'import' | 'snapshots' | 'mapping';

/** What every working view gets from the app. */
export interface ViewProps {
  readonly api: CommandApi;
  readonly runner: Runner;
  readonly go: (view: ViewName) => void;
  readonly notify: (notice: Notice) => void;
}
