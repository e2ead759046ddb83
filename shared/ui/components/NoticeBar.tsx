import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

export interface Notice {
  readonly message: string;
  /** Offer Undo: the change was snapshotted. */
  readonly undoable?: boolean;
}

/** What the last change did, and Undo. */
export function NoticeBar({ notice, onUndo, onClose }: { notice: Notice; onUndo: () => void; onClose: () => void }) {
  const { t } = useStrings();
  return (
    <MessageBar intent="success" role="status">
      <MessageBarBody>{notice.message}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onClose}>{t('close')}</Button>}>
        {notice.undoable && <Button size="small" onClick={onUndo}>{t('undo')}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
