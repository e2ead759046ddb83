import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RunnerError } from '../useRunner';
import { useStrings } from '../i18n/useStrings';

/** An error as a sentence; the technical detail is one click away, copied for support, never shown raw. */
export function ErrorBar({ error, onClose }: { error: RunnerError; onClose: () => void }) {
  const { t } = useStrings();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onClose}>{t('close')}</Button>}>
        {error.detail && <Button size="small" onClick={() => void navigator.clipboard?.writeText(error.detail ?? '')}>{t('copyDetail')}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
