import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

/** Shown while a command runs; Cancel stops waiting (changes are atomic, so nothing is left half-done). */
export function BusyBar({ onCancel }: { onCancel: () => void }) {
  const { t } = useStrings();
  return (
    <div role="progressbar" aria-label={t('working')} aria-busy="true">
      <Field validationMessage={t('working')} validationState="none">
        <ProgressBar />
      </Field>
      <Button size="small" appearance="subtle" onClick={onCancel}>{t('cancel')}</Button>
    </div>
  );
}
