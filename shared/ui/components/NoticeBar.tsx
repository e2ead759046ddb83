import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { StringKey } from '../i18n/strings';
import { useStrings } from '../i18n/useStrings';

export interface Notice {
  /** The message, or a string key rendered in the pane's language when shown (so it follows a language just chosen). */
  readonly message: string | { readonly key: StringKey };
  /** Offer Undo: the change was snapshotted. */
  readonly undoable?: boolean;
  /** Undo for a change kept outside snapshots (a remembered decision); default: restore the last snapshot. */
  readonly undo?: () => void | Promise<void>;
}

/** What the last change did, and Undo. */
export function NoticeBar({ notice, onUndo, onClose }: { notice: Notice; onUndo: () => void; onClose: () => void }) {
  const { t } = useStrings();
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{typeof notice.message === 'string' ? notice.message : t(notice.message.key)}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onClose}>{t('close')}</Button>}>
        {notice.undoable && <Button size="small" onClick={onUndo}>{t('undo')}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
